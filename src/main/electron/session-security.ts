import type { Session } from 'electron'

/**
 * Casebook needs no browser permission (camera, notifications, clipboard reading, USB, …), so every
 * request and every check is refused, and device pickers never offer anything. Page content that asks
 * simply gets "denied".
 */
export function denyAllPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  target.setPermissionCheckHandler(() => false)
  target.setDevicePermissionHandler(() => false)
  target.setDisplayMediaRequestHandler((_request, callback) => callback(null))
  target.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault()
    callback()
  })
  target.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault()
    callback('')
  })
  target.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault()
    callback()
  })
}
