import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from node_modules at run time, and esbuild (which bundles
  // the lesson reader's script at build time) and bcrypt load native binaries: keep these unbundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'pg', 'bcrypt', 'esbuild'],
  poweredByHeader: false,
  // A second build folder lets two builds (say, a benchmark and a test run) share one checkout.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  typedRoutes: false,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ]
  },
}

export default nextConfig
