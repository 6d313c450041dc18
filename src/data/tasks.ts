/**
 * The core tasks a reader comes to do, in the order that matters most. One list, used by:
 * - `<Steps task="…">` in guides (the id says which task a step list performs; see contract §4),
 * - a guide's frontmatter `notOffered: [{ task, … }]` (the assistant has no control for it),
 * - the task grid on each assistant's page, the home page's "What do you want to do?" entry and the
 *   privacy checkup (/checkup/), which all read src/lib/task-index.mjs.
 *
 * `essential` tasks make up the privacy checkup: what every reader of every assistant should do.
 */
export interface Task {
  id: string;
  /** Row label of the grid and the home page entry: what the reader wants, in their words. */
  label: string;
  /** One checkup item, `{a}` being the assistant's name. */
  checkup: string;
  essential: boolean;
}

export const tasks = [
  { id: 'stop-training', label: 'Stop training on your chats', checkup: 'Stop {a} training on your chats', essential: true },
  {
    id: 'temporary-chat',
    label: 'Chat without saving',
    checkup: 'Learn where {a}’s temporary chat is, for private questions',
    essential: true,
  },
  { id: 'memory', label: 'Turn off or clear memory', checkup: 'Check what {a} remembers, and turn memory off', essential: true },
  { id: 'delete-chat', label: 'Delete one chat', checkup: 'Delete one {a} chat', essential: false },
  { id: 'delete-all-chats', label: 'Delete all chats', checkup: 'Delete all your {a} chats', essential: false },
  { id: 'shared-links', label: 'Delete shared links', checkup: 'Delete the {a} chats you shared as links', essential: true },
  { id: 'export', label: 'Download your data', checkup: 'Download your {a} data', essential: false },
  { id: 'delete-account', label: 'Delete your account', checkup: 'Delete your {a} account', essential: false },
  // Apps and data the assistant reads (mail, files, contacts, location, browsing) and ad settings: the
  // steps that limit them, so the label is wider than "disconnect".
  {
    id: 'connected-apps',
    label: 'Limit connected apps and data',
    checkup: 'Limit the apps and data {a} can use',
    essential: true,
  },
] as const satisfies readonly Task[];

export type TaskId = (typeof tasks)[number]['id'];
export const taskIds = tasks.map((t) => t.id) as [TaskId, ...TaskId[]];
