import { Alert, Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useSession } from '../../app/use-session'
import { FormError } from '../../components/FormError'
import { isApiError, SOMETHING_WENT_WRONG } from '../../lib/api-client'
import { useJob } from '../../lib/use-job'
import { aboutKeys } from '../about/about-keys'
import { useAbout } from '../about/use-about'
import { PathField } from '../settings/PathField'
import { takeSignInNotice } from './data-file-notice'

/**
 * On the sign-in screen: which data file Casebook is using, and "Open another data file…" (a file
 * picker in the desktop app, a path in the web harness). Also says what a switch to a restored file
 * just did, since the switch is what brought everyone here.
 */
export function OpenAnotherDataFile() {
  const about = useAbout()
  const queryClient = useQueryClient()
  const { refresh } = useSession()
  const job = useJob('open-data-file')
  const [notice, setNotice] = useState(takeSignInNotice)
  const [isOpen, setIsOpen] = useState(false)
  const [file, setFile] = useState('')
  const [error, setError] = useState<string | null>(null)

  const close = () => {
    setIsOpen(false)
    setError(null)
  }

  const open = async () => {
    setError(null)
    if (!file.trim()) {
      setError('Enter the full path of the data file.')
      return
    }
    try {
      const opened = await job.run('app.openDataFile', { file: file.trim() })
      setNotice(`Casebook now uses ${opened.dataFile}, and will open it next time too.`)
      close()
      setFile('')
      await queryClient.invalidateQueries({ queryKey: aboutKeys.all })
      await refresh()
    } catch (e) {
      setError(isApiError(e) ? e.message : SOMETHING_WENT_WRONG)
    }
  }

  return (
    <Stack gap="xs" mt="md">
      {notice && (
        <Alert color="green" variant="light" title="Data file changed" role="status">
          {notice}
        </Alert>
      )}
      {about.data && (
        <Text size="sm" c="dimmed" data-testid="data-file-in-use">
          Data file: <span className="cb-break">{about.data.dataFile}</span>
        </Text>
      )}
      <Anchor component="button" type="button" size="sm" onClick={() => setIsOpen(true)}>
        Open another data file…
      </Anchor>
      <Modal opened={isOpen} onClose={close} title="Open another data file" centered size="lg">
        <Stack gap="md">
          <Text size="sm">
            Casebook will use the data file you choose (with its .keyring file beside it) from now
            on, also the next time it starts. The file in use now is not changed.
          </Text>
          <PathField
            purpose="data-file"
            label="Data file"
            description="The full path of a Casebook data file, for example C:\Casebook\casebook.db"
            value={file}
            disabled={job.isRunning}
            onChange={(event) => setFile(event.currentTarget.value)}
            onChosen={setFile}
          />
          <FormError message={error} title="Not opened" />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button onClick={() => void open()} loading={job.isRunning}>
              Open this data file
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}
