// Every image in a guide needs alt text that says what it shows: readers who cannot see it get the
// same steps. A Markdown image with empty alt (![](…)) or an <img> without alt stops the build with the
// file and line. (Illustrations and screenshots through their own components check themselves.)

/** What is wrong with this mdast node, or undefined. */
export function altProblem(node) {
  let src;
  let alt;
  if (node.type === 'image' || node.type === 'imageReference') {
    src = node.url ?? `[${node.identifier}]`;
    alt = node.alt;
  } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
    const attrs = node.attributes ?? [];
    src = attrs.find((a) => a.name === 'src')?.value;
    const a = attrs.find((x) => x.name === 'alt');
    alt = a ? (typeof a.value === 'string' ? a.value : 'expression') : undefined;
  } else {
    return undefined;
  }
  if (alt && String(alt).trim()) return undefined;
  return `the image "${typeof src === 'string' ? src : '…'}" has no alt text. Say what it shows, e.g. ![The Data controls screen with “Improve the model for everyone” switched off](…).`;
}
