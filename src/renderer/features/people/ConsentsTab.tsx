import { Stack } from '@mantine/core'
import { NotForYourRole, TabHeader } from '../../components/TabHeader'
import { ConsentsSection } from './ConsentsSection'
import { usePersonRecord } from './PersonLayout'
import { ReferralsSection } from './ReferralsSection'
import { SharingSection } from './SharingSection'

/** Consents, what may be shared with each council, and referrals. */
export function ConsentsTab() {
  const record = usePersonRecord()
  const ref = record.summary.ref
  return (
    <>
      <TabHeader
        title="Consents & sharing"
        windowTitle={`${record.summary.displayName} · Consents & sharing`}
      />
      {record.consents === null || record.referrals === null ? (
        <NotForYourRole what="Consents, sharing notes and referrals" />
      ) : (
        <Stack gap="lg">
          <ConsentsSection personRef={ref} consents={record.consents} canEdit={record.canEdit} />
          <SharingSection record={record} />
          <ReferralsSection personRef={ref} referrals={record.referrals} canEdit={record.canEdit} />
        </Stack>
      )}
    </>
  )
}
