export const metadata = { title: 'Baseline', description: 'A bare Next.js page for the bench.' }

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
