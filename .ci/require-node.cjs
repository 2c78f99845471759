// Run by npm before `npm start`, `npm test` and `npm run dev`: a clear message on a Node too old for Sanity Studio 6
// and Next 16, instead of a stack trace from deep inside a dependency. Plain ES5 so any old node can run it.
var required = [22, 12]
var parts = process.versions.node.split('.').map(Number)
if (parts[0] < required[0] || (parts[0] === required[0] && parts[1] < required[1])) {
  console.error(
    '\nThis repository needs Node.js ' +
      required.join('.') +
      ' or newer (Node 24 LTS recommended); this is Node ' +
      process.versions.node +
      ' (' +
      process.execPath +
      ').\n' +
      'Install Node 24 (see .nvmrc), or run `. .ci/node.sh` in this shell to fetch it from the npm registry into a cache\n' +
      'folder and put it first on PATH, then run the command again.\n',
  )
  process.exit(1)
}
