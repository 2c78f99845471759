// What the Studio asks before it shows anything, answered for one local project with one editor: without these
// it does not boot (no user), or shows every form read-only (no ACL).
import { LakeError } from '../errors.ts'
import { json, readJson } from '../http.ts'
import type { Route } from '../router.ts'
import { LOCAL_EDITOR } from '../studio.ts'

const projectOf = (id: string) => ({
  id,
  displayName: 'Local lake',
  studioHost: null,
  isBlocked: false,
  isDisabled: false,
  metadata: {},
  members: [
    { id: LOCAL_EDITOR.id, role: LOCAL_EDITOR.role, roles: LOCAL_EDITOR.roles, isCurrentUser: true, isRobot: false },
  ],
})

export const studioRoutes: Route[] = [
  { method: 'GET', path: 'users/me', handle: ({ res }) => json(res, 200, LOCAL_EDITOR) },
  // The Studio keeps the editor's layout choices (list layout, sort order) here; they live as long as the lake.
  {
    method: 'GET',
    path: 'users/me/keyvalue/*keys',
    handle: ({ res, params, settings: { userSettings } }) => {
      const keys = (params.keys ?? '').split(',').filter(Boolean)
      const known = keys.filter((key) => userSettings.has(key))
      json(
        res,
        200,
        known.map((key) => ({ key, value: userSettings.get(key) })),
      )
    },
  },
  {
    method: 'PUT',
    path: 'users/me/keyvalue/*keys',
    handle: async ({ req, res, settings }) => {
      const pairs = await readJson(req, settings.maxBodyBytes)
      if (!Array.isArray(pairs) || pairs.some((pair) => typeof pair?.key !== 'string'))
        throw new LakeError(400, 'invalidRequest', 'Expected [{key, value}]')
      for (const { key, value } of pairs as { key: string; value: unknown }[]) settings.userSettings.set(key, value)
      json(res, 200, pairs)
    },
  },
  { method: 'GET', path: 'features', handle: ({ res }) => json(res, 200, []) },
  // @sanity/client asks after a failed event stream whether the browser's origin is allowed, to say so.
  {
    method: 'GET',
    path: 'check/cors',
    handle: ({ req, res, settings }) => {
      const origin = req.headers.origin
      json(res, 200, { result: { allowed: !origin || settings.corsOrigins.includes(origin), withCredentials: true } })
    },
  },
  { method: 'GET', path: 'projects/:project', handle: ({ res, params }) => json(res, 200, projectOf(params.project!)) },
  // Studios and apps deployed to Sanity's hosting: none here.
  { method: 'GET', path: 'projects/:project/user-applications', handle: ({ res }) => json(res, 200, []) },
  {
    method: 'GET',
    path: 'projects/:project/datasets',
    handle: ({ res, settings }) => json(res, 200, [{ name: settings.dataset, aclMode: 'public' }]),
  },
  // The local editor may do everything to every document: the Studio reads this to make forms editable.
  {
    method: 'GET',
    path: 'projects/:project/datasets/:dataset/acl',
    handle: ({ res }) =>
      json(res, 200, [
        { filter: '_id in path("**")', permissions: ['read', 'create', 'update', 'history', 'editHistory'] },
      ]),
  },
]
