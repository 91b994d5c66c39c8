import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  FileButton,
  Group,
  Paper,
  Progress,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import type { ColumnMapping, ImportPreview } from '../../../shared/contract/imports-routes'
import type { RouteOutput } from '../../../shared/contract/routes'
import { NoAccessPage } from '../../app/NoAccessPage'
import { useCan } from '../../app/use-session'
import { FormError } from '../../components/FormError'
import { PageHeader } from '../../components/PageHeader'
import { callApi, messageOf, newCallId } from '../../lib/api-client'
import { formatBytes, plural } from '../../lib/format'
import { peopleKeys } from '../people/people-keys'
import { ImportReport } from './ImportReport'
import { MAX_FILE_BYTES, readFileAsBase64, useProgress } from './import-helpers'
import { MappingEditor } from './MappingEditor'
import { PreviewRows } from './PreviewRows'

interface Chosen {
  name: string
  dataBase64: string
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div className="cb-count">
      <strong>{value.toLocaleString('en-GB')}</strong>
      {label}
    </div>
  )
}

/**
 * People from a CSV or Excel file: nothing is saved until the preview is checked. Every row shows
 * its problems; rows can be left out; all the rest are imported at once, or none.
 */
export function ImportPage() {
  const mayImport = useCan('people.import')
  const queryClient = useQueryClient()
  const [file, setFile] = useState<Chosen | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [excluded, setExcluded] = useState<ReadonlySet<number>>(new Set())
  const [onlyProblems, setOnlyProblems] = useState(false)
  const [isChecked, setIsChecked] = useState(false)
  const [callId, setCallId] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [result, setResult] = useState<RouteOutput<'imports.commit'> | null>(null)
  const progress = useProgress(callId)
  if (!mayImport) return <NoAccessPage what="importing people" />

  const runPreview = async (
    chosen: Chosen,
    options: { mapping?: ColumnMapping; mappingName?: string },
  ) => {
    const id = newCallId('import-preview')
    setCallId(id)
    setIsBusy(true)
    setError(null)
    setIsChecked(false)
    try {
      const next = await callApi('imports.preview', { file: chosen, ...options }, { callId: id })
      setPreview(next)
      setExcluded(
        (old) => new Set([...old].filter((n) => next.rows.some((r) => r.rowNumber === n))),
      )
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setIsBusy(false)
      setCallId(null)
    }
  }

  const choose = async (picked: File | null) => {
    setPreview(null)
    setResult(null)
    setExcluded(new Set())
    setError(null)
    if (!picked) return setFile(null)
    if (picked.size > MAX_FILE_BYTES) {
      setFile(null)
      return setError(
        `${picked.name} is ${formatBytes(picked.size)}: files over 15 MB cannot be imported at once. Split it into smaller files.`,
      )
    }
    const chosen = { name: picked.name, dataBase64: await readFileAsBase64(picked) }
    setFile(chosen)
    await runPreview(chosen, {})
  }

  const included = preview ? preview.rows.filter((r) => !excluded.has(r.rowNumber)) : []
  const withProblems = included.filter((r) => r.problems.length > 0)
  const duplicates = included.filter((r) => r.problems.some((p) => p.kind === 'duplicate'))
  const ready = included.length - withProblems.length
  const canImport =
    preview !== null && withProblems.length === 0 && ready > 0 && isChecked && !isBusy

  const commit = async () => {
    if (!file || !preview) return
    const id = newCallId('import-commit')
    setCallId(id)
    setIsBusy(true)
    setError(null)
    try {
      const done = await callApi(
        'imports.commit',
        { file, mapping: preview.mapping, excludeRows: [...excluded], accept: true },
        { callId: id },
      )
      setResult(done)
      await queryClient.invalidateQueries({ queryKey: peopleKeys.lists() })
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setIsBusy(false)
      setCallId(null)
    }
  }

  if (result && preview) {
    return (
      <>
        <PageHeader title="Import finished" windowTitle="Import from spreadsheet" />
        <ImportReport
          result={result}
          preview={preview}
          excluded={excluded}
          onAgain={() => {
            setResult(null)
            setPreview(null)
            setFile(null)
            setExcluded(new Set())
          }}
        />
      </>
    )
  }

  const shownRows = onlyProblems
    ? (preview?.rows ?? []).filter((r) => r.problems.length > 0)
    : (preview?.rows ?? [])
  return (
    <>
      <PageHeader
        title="Import from spreadsheet"
        description="Add many people at once from a CSV or Excel file. Nothing is saved until you have checked the preview."
        actions={
          <Button component={Link} to="/people" variant="default">
            Back to People
          </Button>
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="lg">
          <Stack gap="xs">
            <Title order={2} size="h3">
              The spreadsheet
            </Title>
            <Text size="sm" c="dimmed" id="import-file-help">
              A .csv or .xlsx file with one person per row, under a row of headings (First name,
              Surname, Date of birth, NHS number, Postcode…). It is read on this computer only.
            </Text>
            <Group gap="md">
              <FileButton
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(f) => void choose(f)}
              >
                {(props) => (
                  <Button
                    {...props}
                    variant={file ? 'default' : 'filled'}
                    aria-describedby="import-file-help"
                  >
                    {file ? 'Choose another file…' : 'Choose a file…'}
                  </Button>
                )}
              </FileButton>
              {file && (
                <Text fw={600} data-testid="import-file-name">
                  {file.name}
                </Text>
              )}
            </Group>
          </Stack>
        </Paper>
        {isBusy && (
          <Paper withBorder p="md" aria-live="polite" role="status">
            <Text mb="xs">{progress?.label ?? 'Reading the file…'}</Text>
            <Progress
              value={progress?.total ? Math.round((100 * progress.done) / progress.total) : 100}
              animated={!progress?.total}
              aria-label="Progress"
            />
          </Paper>
        )}
        <FormError message={error} title="There is a problem with the import" />
        {preview && file && (
          <>
            <MappingEditor
              preview={preview}
              isBusy={isBusy}
              onChange={(mapping) => void runPreview(file, { mapping })}
              onUseSaved={(mappingName) => void runPreview(file, { mappingName })}
            />
            <Paper withBorder p="lg" component="section" aria-labelledby="rows-heading">
              <Stack gap="md">
                <Title order={2} size="h3" id="rows-heading">
                  Every row
                </Title>
                <div className="cb-counts" aria-live="polite" data-testid="import-counts">
                  <Count label="rows in the file" value={preview.rows.length} />
                  <Count label="ready to import" value={ready} />
                  <Count label="with problems" value={withProblems.length} />
                  <Count label="likely duplicates" value={duplicates.length} />
                  <Count label="left out" value={excluded.size} />
                </div>
                {withProblems.length > 0 && (
                  <Alert
                    color="orange"
                    title={`${plural(withProblems.length, 'row')} still ${withProblems.length === 1 ? 'has' : 'have'} problems`}
                  >
                    Fix them in the spreadsheet and choose the file again, change the columns above,
                    or tick “Leave out” for those rows. Nothing is imported while an included row
                    has a problem.
                  </Alert>
                )}
                <Switch
                  label="Show only rows with problems"
                  checked={onlyProblems}
                  onChange={(e) => setOnlyProblems(e.currentTarget.checked)}
                />
                <PreviewRows
                  preview={preview}
                  rows={shownRows}
                  excluded={excluded}
                  onToggle={(rowNumber, isOut) =>
                    setExcluded((old) => {
                      const next = new Set(old)
                      if (isOut) next.add(rowNumber)
                      else next.delete(rowNumber)
                      return next
                    })
                  }
                />
                <Checkbox
                  label="I have checked the preview"
                  description="Everyone in the list above who is not left out will be added to Casebook as shown."
                  checked={isChecked}
                  onChange={(e) => setIsChecked(e.currentTarget.checked)}
                />
                <Group justify="flex-end">
                  <Button onClick={() => void commit()} disabled={!canImport} loading={isBusy}>
                    Import {plural(ready, 'person', 'people')}
                  </Button>
                </Group>
                {!canImport && !isBusy && (
                  <Text size="sm" c="dimmed" ta="right">
                    {withProblems.length > 0
                      ? 'Import is possible once no included row has a problem.'
                      : ready === 0
                        ? 'There is nobody to import.'
                        : 'Tick “I have checked the preview” to import.'}
                  </Text>
                )}
              </Stack>
            </Paper>
          </>
        )}
        {!preview && !isBusy && (
          <Text c="dimmed">
            Tip: a first row of headings such as “First name”, “Surname”, “DOB”, “NHS number” and
            “Postcode” is matched automatically. Or{' '}
            <Anchor component={Link} to="/people/new" underline="always">
              add one person by hand
            </Anchor>
            .
          </Text>
        )}
      </Stack>
    </>
  )
}
