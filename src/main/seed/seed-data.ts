/** Word lists for demonstration data: varied enough to make searches and lists realistic. */
/** Given names by the gender they are usually given to, so a person's name, gender and family agree. */
export const FEMALE_NAMES = [
  'Aisha',
  'Anne',
  'Barbara',
  'Carol',
  'Chloe',
  'Deborah',
  'Ellie',
  'Fatima',
  'Grace',
  'Hannah',
  'Harpreet',
  'Jasmine',
  'Joan',
  'Karen',
  'Laura',
  'Linda',
  'Maria',
  'Margaret',
  'Mei',
  'Nadia',
  'Niamh',
  'Patricia',
  'Priya',
  'Rachel',
  'Ruth',
  'Sandra',
  'Sarah',
  'Sophie',
  'Susan',
  'Yasmin',
  'Zainab',
  'Zofia',
] as const
export const MALE_NAMES = [
  'Amir',
  'Ben',
  'Bilal',
  'Daniel',
  'David',
  'Emeka',
  'Gareth',
  'Ibrahim',
  'Imran',
  'Jack',
  'James',
  'John',
  'Joseph',
  'Kwame',
  'Leon',
  'Mark',
  'Michael',
  'Mohammed',
  'Oliver',
  'Olu',
  'Paul',
  'Rajesh',
  'Robert',
  'Samir',
  'Sean',
  'Stephen',
  'Tariq',
  'Thomas',
  'Tomasz',
  'Wei',
] as const
export const GIVEN_NAMES: readonly string[] = [...FEMALE_NAMES, ...MALE_NAMES].sort()

export const FAMILY_NAMES = [
  'Ahmed',
  'Ali',
  'Allen',
  'Atkinson',
  'Bailey',
  'Begum',
  'Bennett',
  'Brown',
  'Campbell',
  'Chen',
  'Clarke',
  'Cooper',
  'Davies',
  'Dixon',
  'Edwards',
  'Evans',
  'Fletcher',
  'Green',
  'Hall',
  'Harris',
  'Hughes',
  'Hussain',
  'Jackson',
  'James',
  'Johnson',
  'Jones',
  'Kaur',
  'Khan',
  'Kowalski',
  'Lee',
  'Lewis',
  'Mahmood',
  'Martin',
  'Mensah',
  'Moore',
  'Morgan',
  'Murphy',
  'Nowak',
  "O'Brien",
  'Okafor',
  'Owen',
  'Parker',
  'Patel',
  'Phillips',
  'Price',
  'Roberts',
  'Robinson',
  'Shah',
  'Singh',
  'Smith',
  'Taylor',
  'Thomas',
  'Thompson',
  'Turner',
  'Walker',
  'Ward',
  'Watson',
  'White',
  'Williams',
  'Wilson',
  'Wood',
  'Wright',
  'Young',
]

export const STREETS = [
  'Albion Street',
  'Beech Road',
  'Church Lane',
  'Fountain Street',
  'Halifax Road',
  'King Street',
  'Mill Lane',
  'Park Avenue',
  'Queens Road',
  'Station Road',
  'Victoria Terrace',
  'Westgate',
]
/** A town and the postcode districts that serve it. */
export interface SeedTown {
  readonly town: string
  readonly outward: readonly string[]
}

/**
 * Towns and postcode districts per council (by ONS code), so people live where their organisation
 * works: a Leeds organisation's people have LS postcodes. Districts are the main ones for each town.
 */
export const AREAS: Readonly<Record<string, readonly SeedTown[]>> = {
  // Kirklees
  E08000034: [
    { town: 'Huddersfield', outward: ['HD1', 'HD2', 'HD3', 'HD4', 'HD5', 'HD7', 'HD8'] },
    { town: 'Holmfirth', outward: ['HD9'] },
    { town: 'Dewsbury', outward: ['WF12', 'WF13'] },
    { town: 'Batley', outward: ['WF17'] },
  ],
  // Calderdale
  E08000033: [
    { town: 'Halifax', outward: ['HX1', 'HX2', 'HX3'] },
    { town: 'Elland', outward: ['HX5'] },
    { town: 'Sowerby Bridge', outward: ['HX6'] },
    { town: 'Brighouse', outward: ['HD6'] },
    { town: 'Todmorden', outward: ['OL14'] },
  ],
  // Leeds
  E08000035: [
    {
      town: 'Leeds',
      outward: ['LS6', 'LS7', 'LS8', 'LS9', 'LS11', 'LS12', 'LS13', 'LS14', 'LS15'],
    },
    { town: 'Morley', outward: ['LS27'] },
    { town: 'Pudsey', outward: ['LS28'] },
    { town: 'Otley', outward: ['LS21'] },
  ],
  // Bradford
  E08000032: [
    { town: 'Bradford', outward: ['BD1', 'BD2', 'BD3', 'BD4', 'BD5', 'BD6', 'BD7', 'BD8', 'BD9'] },
    { town: 'Keighley', outward: ['BD20', 'BD21', 'BD22'] },
    { town: 'Shipley', outward: ['BD18'] },
    { town: 'Ilkley', outward: ['LS29'] },
  ],
  // Wakefield
  E08000036: [
    { town: 'Wakefield', outward: ['WF1', 'WF2', 'WF3', 'WF4'] },
    { town: 'Pontefract', outward: ['WF8'] },
    { town: 'Castleford', outward: ['WF10'] },
  ],
  // Manchester
  E08000003: [
    { town: 'Manchester', outward: ['M8', 'M9', 'M11', 'M12', 'M13', 'M14', 'M16', 'M19', 'M20'] },
    { town: 'Wythenshawe', outward: ['M22', 'M23'] },
  ],
}

/** The area used when none of the organisation's councils is in `AREAS`. */
export const DEFAULT_AREA_CODE = 'E08000034'

/** Every district a seeded organisation of `onsCode` can give its people (the benchmark types them). */
export function outwardCodesOf(onsCode: string): readonly string[] {
  return (AREAS[onsCode] ?? AREAS[DEFAULT_AREA_CODE]!).flatMap((t) => t.outward)
}

export const NOTE_OPENINGS = [
  'Visited {name} at home.',
  'Phone call with {name}.',
  'Met {name} at the community centre.',
  'Email from {carer} about {name}.',
  'Review meeting with {name} and {carer}.',
  'Home visit; {carer} was there for part of it.',
]
export const NOTE_TOPICS = [
  'We talked about the new personal assistant rota and how the mornings are going.',
  'Discussed the timesheets for last month; two were missing signatures.',
  'Went through the direct payment statement together; the balance looks right.',
  'Talked about getting to the swimming sessions on Tuesdays again.',
  'Concern raised about the boiler: the landlord has been told.',
  'Looked at options for respite over the summer holidays.',
  'The agency invoice was higher than expected because of bank holiday rates.',
  'Spoke about volunteering at the allotment project.',
  'Wheelchair repair is still outstanding; chased the equipment service.',
  'Talked through the contingency plan if the PA is off sick.',
  'Benefits review letter arrived; helped to read it and plan a reply.',
  'Medication changes after the hospital appointment; GP informed.',
  'Wants to try a new day centre closer to home.',
  'Payroll query about holiday pay for the PA.',
  'Council asked for the quarterly monitoring return; bank statements gathered.',
  'Loneliness in the evenings came up again; suggested the befriending scheme.',
  'Support plan outcomes reviewed: cooking independently is going well.',
  'Employer liability insurance renewal is due next month.',
]
export const NOTE_CLOSINGS = [
  'Agreed to call back next week.',
  'Will send the form by post.',
  'Next visit booked for a fortnight’s time.',
  '{carer} will keep a diary of the mornings.',
  'No further action needed for now.',
  'Will raise it with the coordinator.',
]

export const PROFILE_BITS = {
  importantToMe: [
    'My cat, Biscuit.',
    'Seeing my grandchildren on Sundays.',
    'Getting to the mosque on Fridays.',
    'Keeping my garden tidy.',
    'Going to the football with my brother.',
  ],
  likeAndAdmire: [
    'My sense of humour.',
    'I always remember birthdays.',
    'I am a good cook.',
    'I know everyone on my street.',
  ],
  howToSupport: [
    'Give me time to answer.',
    'Talk to me, not my carer.',
    'Mornings are hard: come after ten.',
    'Write things down for me.',
  ],
  notWorking: [
    'The bus is not accessible.',
    'My PA leaves early on Fridays.',
    'I feel lonely in the evenings.',
    'Too many forms.',
  ],
}

export const OUTCOME_TEXTS = [
  'I want to cook my own tea three nights a week.',
  'I want to get to the swimming baths on my own.',
  'I want to see my friends at the club every Thursday.',
  'I want to feel safe at home at night.',
  'I want to find some volunteering.',
  'I want my mum to get a proper break.',
]

/** The names some people prefer to their legal given name (a preferred name is never a stranger's). */
export const PREFERRED_NAMES: Readonly<Record<string, string>> = {
  Barbara: 'Babs',
  Daniel: 'Dan',
  David: 'Dave',
  Deborah: 'Debbie',
  James: 'Jim',
  Joseph: 'Joe',
  Margaret: 'Peggy',
  Michael: 'Mike',
  Mohammed: 'Mo',
}

/** Letters that may end a UK postcode (the inward code never uses C, I, K, M, O or V). */
export const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ'
