// How an answer is put on the page: Markdown (marked) with raw HTML shown as text, the
// result sanitised (DOMPurify), links opened in a new tab, code blocks highlighted
// (highlight.js, common languages) with their language and a Copy button.
import { marked } from "/vendor/marked.esm.js";
import DOMPurify from "/vendor/purify.es.js";
import hljs from "/vendor/highlight.min.js";

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

marked.use({ renderer: { html: ({ text }) => escapeHtml(text) } });

// a link in an answer never takes the reader out of the chat, nor gives the page it opens
// a handle on this one
DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName === "A" && node.getAttribute("href")) {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  }
});

/** Markdown as sanitised HTML. */
export const renderMarkdown = (text) => DOMPurify.sanitize(marked.parse(text), { ADD_ATTR: ["target"] });

/** Put `text` on the page as a copy of it in the clipboard; true when it worked. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // no clipboard API (an http page on another host): the old way
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const done = document.execCommand("copy");
    area.remove();
    return done;
  }
}

/** A Copy button for `getText`; it says "Copied" for a moment. */
export function copyButton(label, getText, className = "copy") {
  const button = document.createElement("button");
  button.type = "button";
  button.className = className;
  button.textContent = "Copy";
  button.setAttribute("aria-label", label);
  button.addEventListener("click", async () => {
    const ok = await copyText(getText());
    button.textContent = ok ? "Copied" : "Copy failed";
    setTimeout(() => { button.textContent = "Copy"; }, 1500);
  });
  return button;
}

/** The language of a code block as marked writes it (`language-python`). */
const languageOf = (code) => [...code.classList].find((c) => c.startsWith("language-"))?.slice(9) || "";

/** Highlight each finished code block of `root` and give it a header: its language and
 * a Copy button. Unknown languages stay plain text. */
export function decorateCode(root) {
  for (const pre of root.querySelectorAll("pre")) {
    const code = pre.querySelector("code");
    if (!code || pre.parentElement.classList.contains("code-block")) continue;
    const language = languageOf(code);
    const source = code.textContent;
    const known = language && hljs.getLanguage(language);
    if (known) {
      code.innerHTML = hljs.highlight(source, { language, ignoreIllegals: true }).value;
      code.classList.add("hljs");
    }
    const wrap = document.createElement("div");
    wrap.className = "code-block";
    const head = document.createElement("div");
    head.className = "code-head";
    const name = document.createElement("span");
    name.className = "code-lang";
    name.textContent = known ? (known.name || language) : language || "text";
    head.append(name, copyButton(`Copy code (${name.textContent})`, () => source, "copy copy-code"));
    pre.replaceWith(wrap);
    wrap.append(head, pre);
  }
}

/** The streaming cursor, inside the last line of text so the bubble does not jump. */
export function placeCursor(body) {
  let target = body;
  for (;;) {
    let last = target.lastChild;
    while (last && last.nodeType === Node.TEXT_NODE && !last.textContent.trim()) last = last.previousSibling;
    if (!last || last.nodeType !== Node.ELEMENT_NODE || ["PRE", "TABLE", "HR", "IMG", "BR"].includes(last.tagName)) break;
    target = last;
  }
  const cursor = document.createElement("span");
  cursor.className = "cursor";
  cursor.setAttribute("aria-hidden", "true");
  target.append(cursor);
}
