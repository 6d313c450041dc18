// Calls `visit` on every node of a unist tree (mdast or hast) in document order, parent first. A plain
// loop over a stack, without the parent lists unist-util-visit builds: the guide lint and the link
// checker run it over every node of every guide and page.
/** @param {any} tree @param {(node: any) => void} visit */
export function eachNode(tree, visit) {
  const stack = [tree];
  while (stack.length) {
    const node = stack.pop();
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    visit(node);
  }
}
