/**
 * Renders a support plan version as a PDF: the full printable plan for the council and the file, or an
 * easy-read version for the person. A4, built-in Helvetica (no font files), tagged PDF 1.7 with a
 * language and a displayed title so screen readers can follow it.
 */
import PDFDocument from 'pdfkit'
import type { PlanVersion } from '../../shared/contract/plan-schemas'
import { drawEasyRead } from './pdf/easy-read'
import { drawFullPlan } from './pdf/full-plan'
import { PdfLayout } from './pdf/layout'
import { pdfSafe } from './pdf/text'

export interface PlanPdfInput {
  plan: PlanVersion
  person: { name: string; legalName: string; ref: string; dateOfBirth: string | null }
  organisationName: string
  easyRead: boolean
  generatedAt: Date
}

export interface PlanPdfOptions {
  /** Compress the page content streams (default true). Tests turn it off to read the text. */
  compress?: boolean
}

/** Renders the plan; resolves to the whole PDF file. */
export async function renderPlanPdf(
  input: PlanPdfInput,
  options: PlanPdfOptions = {},
): Promise<Buffer> {
  const { plan, person, easyRead } = input
  const title = pdfSafe(
    easyRead
      ? `Your support plan, ${person.name} (${plan.ref})`
      : `Support plan ${plan.ref}: ${person.name}`,
  )
  const doc = new PDFDocument({
    size: 'A4',
    margins: easyRead
      ? { top: 60, bottom: 72, left: 60, right: 60 }
      : { top: 50, bottom: 62, left: 50, right: 50 },
    bufferPages: true,
    compress: options.compress ?? true,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    font: 'Helvetica',
    info: {
      Title: title,
      Author: pdfSafe(input.organisationName),
      Subject: pdfSafe(
        easyRead
          ? `Easy-read support plan for ${person.name}`
          : `Support plan version ${plan.version} for ${person.name} (${person.ref})`,
      ),
      Creator: 'Casebook',
      Producer: 'Casebook',
      CreationDate: input.generatedAt,
      ModDate: input.generatedAt,
    },
  })

  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const margins = doc.page.margins
  const layout = new PdfLayout(doc, {
    top: margins.top,
    bottom: margins.bottom,
    side: margins.left,
  })
  const document = {
    plan,
    person,
    organisationName: input.organisationName,
    generatedAt: input.generatedAt,
  }
  if (easyRead) drawEasyRead(layout, document)
  else drawFullPlan(layout, document)
  layout.root.end()
  doc.end()
  return done
}
