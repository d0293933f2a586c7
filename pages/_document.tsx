import { Head, Html, Main, NextScript } from 'next/document'

// The document for the pages served by the Pages Router: the static lesson (see pages/lessons/[slug].tsx).
export default function Document() {
  return (
    <Html lang="en">
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  )
}
