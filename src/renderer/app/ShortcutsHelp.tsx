import { Kbd, Modal, Table, Text } from '@mantine/core'
import { NAVIGATION } from './features'

const SHORTCUTS: readonly { keys: readonly string[]; what: string }[] = [
  { keys: ['?'], what: 'Show this list of shortcuts' },
  { keys: ['Ctrl', 'K'], what: 'Find a person by name, reference, NHS number or postcode' },
  { keys: ['Ctrl', 'L'], what: 'Lock Casebook now (it asks for your password to carry on)' },
  ...NAVIGATION.map((section) => ({
    keys: ['Alt', String(section.order)],
    what: `Go to ${section.label}`,
  })),
  { keys: ['Tab'], what: 'Move to the next button or field (Shift+Tab goes back)' },
  { keys: ['Esc'], what: 'Close a dialog or menu without changing anything' },
  {
    keys: ['↑', '↓'],
    what: 'In the people list and in search results: move from person to person',
  },
  { keys: ['Enter'], what: 'In the people list and in search results: open the person' },
  { keys: ['Ctrl', 'S'], what: 'In a draft support plan: save the draft' },
]

export function ShortcutsHelp({ isOpen, onClose }: { isOpen: boolean; onClose(): void }) {
  return (
    <Modal opened={isOpen} onClose={onClose} title="Keyboard shortcuts" size="lg" centered>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Keys</Table.Th>
            <Table.Th scope="col">What they do</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SHORTCUTS.map((shortcut) => (
            <Table.Tr key={shortcut.what}>
              <Table.Td className="cb-nowrap">
                {shortcut.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' + '}
                    <Kbd>{key}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{shortcut.what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" mt="sm">
        Shortcuts with a single key do not work while you are typing in a field.
      </Text>
    </Modal>
  )
}
