import type { MenuItemConstructorOptions } from 'electron'

export interface MenuOptions {
  readonly isMac: boolean
  /** Dev tools and reload only when running unpackaged. */
  readonly isDevelopment: boolean
  onAbout(): void
}

/**
 * A deliberately small menu. Zoom is there for people who need larger text. No item takes Ctrl+L (or
 * any other letter the renderer binds): the renderer handles its own shortcuts.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: 'Larger text' },
    // Ctrl+= as well as Ctrl++ (which needs Shift on most keyboards).
    {
      role: 'zoomIn',
      accelerator: 'CmdOrCtrl+=',
      visible: false,
      acceleratorWorksWhenHidden: true,
    },
    { role: 'zoomOut', label: 'Smaller text' },
    { role: 'resetZoom', label: 'Normal text size' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ]
  if (options.isDevelopment) {
    view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' })
  }
  const about: MenuItemConstructorOptions = {
    label: 'About Casebook',
    click: () => options.onAbout(),
  }
  return [
    ...(options.isMac ? [{ role: 'appMenu' } as const] : []),
    { label: '&File', submenu: [options.isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { type: 'separator' },
        { role: 'selectAll' },
      ],
    },
    { label: '&View', submenu: view },
    { label: '&Help', role: 'help', submenu: [about] },
  ]
}
