import { Button, Code, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation, useQuery } from '@tanstack/react-query'
import { FormError } from '../../components/FormError'
import { CopyButton } from '../../components/CopyButton'
import { callApi, messageOf } from '../../lib/api-client'
import { adminKeys } from './admin-keys'
import { readAnchorLine } from './audit-anchor-line'
import { AuditVerdict } from './AuditVerdict'

/**
 * The newest event's id and hash, to keep away from this computer, and a check of the log against
 * a line kept earlier. Someone able to rewrite the whole log (and the anchor beside the file) cannot
 * change a copy kept elsewhere.
 */
export function AuditAnchorPanel() {
  const anchor = useQuery({
    queryKey: adminKeys.auditAnchor(),
    queryFn: () => callApi('audit.anchor', {}),
  })
  const checkKept = useMutation({
    mutationFn: (kept: { id: number; hash: string }) =>
      callApi('audit.verify', { anchors: [kept] }),
  })
  const form = useForm({
    initialValues: { line: '' },
    validate: {
      line: (v) =>
        readAnchorLine(v)
          ? null
          : 'Enter the line as you kept it: the event number, a colon, then 64 letters and digits.',
    },
  })
  const line = anchor.data ? `${anchor.data.id}:${anchor.data.hash}` : null
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="audit-anchor">
      <Stack gap="sm">
        <Title order={2} size="h4" id="audit-anchor">
          Keep a copy of the newest event
        </Title>
        <Text size="sm">
          Keep this line somewhere other than this computer: write it down, or send it to your
          trustees now and then. Checking the log against it later shows whether anything up to that
          event was removed or changed, even by someone able to rewrite the whole log.
        </Text>
        {anchor.isError && (
          <FormError message={messageOf(anchor.error)} title="Could not read the newest event" />
        )}
        {anchor.data === null && <Text size="sm">The log is empty.</Text>}
        {anchor.data && line && (
          <Stack gap={6} data-testid="audit-anchor-line">
            <Text fw={600}>
              Newest event: {anchor.data.id} · {anchor.data.hash.slice(0, 4)}…
            </Text>
            <Code block className="cb-anchor-line">
              {line}
            </Code>
            <CopyButton text={line} what="the line" label="Copy the line" />
          </Stack>
        )}
        <form
          noValidate
          onSubmit={form.onSubmit(({ line: kept }) => checkKept.mutate(readAnchorLine(kept)!))}
        >
          <Stack gap="xs" align="flex-start">
            <TextInput
              label="Check the log against a line you kept"
              description="Paste or type it as it was given, for example 1234:5f3c…"
              spellCheck={false}
              autoComplete="off"
              w="100%"
              classNames={{ input: 'cb-key-input' }}
              {...form.getInputProps('line')}
            />
            <Button type="submit" variant="default" loading={checkKept.isPending}>
              Check against it
            </Button>
          </Stack>
        </form>
        <div aria-live="polite" data-testid="audit-anchor-check">
          {checkKept.data && <AuditVerdict result={checkKept.data} />}
        </div>
        {checkKept.isError && (
          <FormError message={messageOf(checkKept.error)} title="The log could not be checked" />
        )}
      </Stack>
    </Paper>
  )
}
