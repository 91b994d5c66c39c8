/** The name without its namespace prefix: CAMT files from some banks write `<ns2:Ntry>`. */
export function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}
