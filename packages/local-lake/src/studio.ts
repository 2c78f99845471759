// What the lake and the Studio on it (studio/local-lake) must agree on. No imports: the Studio's browser bundle
// takes this file as it is.

/** The one user of the local lake: the Studio signs in as them, and /users/me answers with them. */
export const LOCAL_EDITOR = {
  id: 'local-editor',
  name: 'Local editor',
  email: 'editor@localhost',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
}

/** How many ports after its own the lake also answers on, for the Studio to spread its listeners over. */
export const LISTEN_PORTS = 8
