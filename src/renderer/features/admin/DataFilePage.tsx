import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { RouteOutput } from '../../../shared/contract/routes'
import { TickIcon, WarningIcon } from '../../components/icons'
import { PageHeader } from '../../components/PageHeader'
import { Facts } from '../../components/TabHeader'
import { callApi, messageOf } from '../../lib/api-client'
import { plural } from '../../lib/format'
import { adminKeys } from './admin-keys'
import { RecoveryKeySection } from './RecoveryKeySection'
import { RepairKeyring } from './RepairKeyring'
import { RotateKey } from './RotateKey'

function Verdict({ isGood, children }: { isGood: boolean; children: ReactNode }) {
  return (
    <span className="cb-icon-title">
      {isGood ? <TickIcon /> : <WarningIcon />} {children}
    </span>
  )
}

/** "SQLCipher 4" rather than "sqlcipher, SQLCipher 4". */
function encryptionWords(cipher: string, compatibility: string): string {
  return compatibility.toLowerCase().includes(cipher.toLowerCase())
    ? compatibility
    : `${compatibility} (${cipher})`
}

function Migrations({ applied, pending }: { applied: string[]; pending: string[] }) {
  return (
    <>
      {pending.length === 0
        ? `All ${plural(applied.length, 'upgrade')} applied.`
        : `${plural(pending.length, 'upgrade')} still to apply: ${pending.join(', ')}.`}
      <details className="cb-details">
        <summary>Show the upgrades applied</summary>
        <ol className="cb-migrations">
          {applied.map((id) => (
            <li key={id}>{id}</li>
          ))}
        </ol>
      </details>
    </>
  )
}

function KeyringWords({ agreement }: { agreement: RouteOutput<'db.check'>['keyring'] }) {
  if (agreement.agrees) {
    return <Verdict isGood>Agrees with the staff list</Verdict>
  }
  return (
    <>
      <Verdict isGood={false}>
        Does not agree with the staff list ({plural(agreement.problems.length, 'problem')})
      </Verdict>
      <ul className="cb-keyring-problems">
        {agreement.problems.map((problem) => (
          <li key={`${problem.kind}-${problem.username ?? ''}-${problem.message}`}>
            {problem.message}
          </li>
        ))}
      </ul>
    </>
  )
}

/**
 * The data file's health (cipher, integrity, version, whether the keyring agrees with the staff
 * list, upgrades), repairing the keyring when it does not, the recovery key, and re-encrypting the
 * file.
 */
export function DataFilePage() {
  const check = useQuery({
    queryKey: adminKeys.dataFileCheck(),
    queryFn: () => callApi('db.check', {}),
  })
  const c = check.data
  return (
    <>
      <PageHeader
        title="Data file"
        windowTitle="Data file · Admin"
        description="Checks on the encrypted file that holds all your records, its recovery key, and changing its key."
      />
      <Stack gap="lg" maw={860}>
        <Paper withBorder p="lg" component="section" aria-labelledby="data-file-check">
          <Stack gap="md">
            <div className="cb-section-head">
              <Title order={2} size="h3" id="data-file-check">
                Health check
              </Title>
              <Button
                variant="default"
                onClick={() => void check.refetch()}
                loading={check.isFetching}
              >
                Check again
              </Button>
            </div>
            {check.isError && (
              <Alert color="red" role="alert" title="Could not check the data file">
                {messageOf(check.error)}
              </Alert>
            )}
            {check.isPending && <Text>Checking the data file…</Text>}
            {c && (
              <div data-testid="db-check">
                <Facts
                  items={[
                    ['Data file', c.dataFile],
                    ['Encryption', encryptionWords(c.cipher, c.cipherCompatibility)],
                    [
                      'Integrity',
                      <Verdict key="integrity" isGood={c.integrity === 'ok'}>
                        {c.integrity === 'ok'
                          ? 'OK: no damage found'
                          : `Problems found: ${c.integrity}`}
                      </Verdict>,
                    ],
                    [
                      'Database version',
                      <Verdict key="version" isGood={c.schemaVersion === c.codeSchemaVersion}>
                        {c.schemaVersion === c.codeSchemaVersion
                          ? `${c.schemaVersion}, as this Casebook expects`
                          : `${c.schemaVersion}; this Casebook expects ${c.codeSchemaVersion}`}
                      </Verdict>,
                    ],
                    ['Keyring', <KeyringWords key="keyring" agreement={c.keyring} />],
                    ['Journal', c.journalMode.toUpperCase()],
                    [
                      'Upgrades',
                      <Migrations
                        key="migrations"
                        applied={c.appliedMigrations}
                        pending={c.pendingMigrations}
                      />,
                    ],
                  ]}
                />
              </div>
            )}
          </Stack>
        </Paper>
        {c && <RepairKeyring agrees={c.keyring.agrees} />}
        <RecoveryKeySection />
        <RotateKey />
      </Stack>
    </>
  )
}
