import { cloneElement, isValidElement, Suspense, type ReactElement, type ReactNode } from 'react'

type AsyncComponent = (props: unknown) => Promise<ReactNode>
const isAsync = (type: unknown): type is AsyncComponent =>
  typeof type === 'function' && type.constructor.name === 'AsyncFunction'

/**
 * A server component tree as the server would send it once every async component has resolved and every Suspense
 * boundary has its content: what a unit test renders with @testing-library/react.
 */
export async function resolveServer(node: ReactNode): Promise<ReactNode> {
  if (Array.isArray(node)) return Promise.all(node.map(resolveServer))
  if (!isValidElement(node)) return node
  const element = node as ReactElement<{ children?: ReactNode }>
  if (isAsync(element.type)) return resolveServer(await element.type(element.props))
  if (element.type === Suspense) return resolveServer(element.props.children)
  if (element.props.children === undefined) return element
  return cloneElement(element, undefined, await resolveServer(element.props.children))
}
