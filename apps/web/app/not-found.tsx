import Link from 'next/link'

export default function NotFound() {
  return (
    <section className="message-page">
      <h1>Page not found</h1>
      <p>The page you asked for does not exist, or it is no longer published.</p>
      <p>
        <Link href="/">Go to the latest articles</Link>
      </p>
    </section>
  )
}
