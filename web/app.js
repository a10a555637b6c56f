// The chat page: threads on the left, the conversation on the right, answers
// streamed as they arrive. Model output is Markdown rendered with raw HTML shown
// as text and the result sanitised, so nothing a model writes can run here.
import { marked } from "/vendor/marked.esm.js";
import DOMPurify from "/vendor/purify.es.js";
import { ThreadlineClient } from "/threadline.js";
import { setupDocuments } from "/documents.js";
import { setupControls } from "/controls.js";

const $ = (id) => document.getElementById(id);
const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

marked.use({ renderer: { html: ({ text }) => escapeHtml(text) } });
const renderMarkdown = (text) => DOMPurify.sanitize(marked.parse(text));

// Each verdict names its policies in words (`policies`): the server owns the labels.
const policies = (verdict) => verdict?.policies || "content";

const state = { threads: [], threadId: null, streaming: null, opening: Promise.resolve() };
const client = new ThreadlineClient({
  apiKey: localStorage.getItem("threadline.apiKey"),
  handlers: {
    onStatus: showStatus,
    onHistory: showHistory,
    onUserMessage: (text) => addMessage("human", text),
    onStreamStart: startAnswer,
    onToken: (text) => { if (!state.streaming) startAnswer(); state.streaming.text += text; paintStreaming(); },
    onRetracted: () => { if (state.streaming) { state.streaming.text = ""; paintStreaming(); } },
    onStreamEnd: finishAnswer,
    onHistoryCleared: () => { $("messages").replaceChildren(); },
    onError: showError,
  },
});

const documents = setupDocuments({ client, onUnauthorized: () => askForKey() });
const controls = setupControls({ client, onError: showError, refresh: () => client.connect(state.threadId) });

// --- messages ---------------------------------------------------------------------------

function addMessage(type, text, extra = {}) {
  const item = document.createElement("li");
  item.className = `message ${type}`;
  const body = document.createElement("div");
  body.className = "body";
  if (type === "ai") body.innerHTML = renderMarkdown(text);
  else body.textContent = text;
  item.append(body);
  if (type === "ai") decorate(item, extra);
  controls.decorate(item, type, extra);
  $("messages").append(item);
  item.scrollIntoView({ block: "end" });
  return item;
}

function decorate(item, { sources = [], moderation = null }) {
  item.querySelectorAll(".sources, .notice").forEach((n) => n.remove());
  if (sources.length) {
    const list = document.createElement("ul");
    list.className = "sources";
    list.setAttribute("aria-label", "Sources");
    for (const s of sources) {
      const li = document.createElement("li");
      li.textContent = s.title ? `${s.title} — ${s.source}` : s.source;
      list.append(li);
    }
    item.append(list);
  }
  const text = moderationNotice(moderation);
  if (text) {
    const notice = document.createElement("p");
    notice.className = "notice";
    notice.setAttribute("role", "note");
    notice.textContent = text;
    item.append(notice);
  }
}

function moderationNotice(moderation) {
  if (!moderation) return "";
  if (moderation.outcome === "blocked_input")
    return `⚠ Your message was blocked by moderation (${policies(moderation.input)}) and was not stored.`;
  if (moderation.outcome === "refused")
    return `⚠ The answer was withheld by moderation (${policies(moderation.output?.at(-1))}).`;
  const notes = [];
  if (moderation.input?.action === "redact")
    notes.push(`parts of your message were redacted before it was stored (${policies(moderation.input)})`);
  const withheld = (moderation.output || []).filter((o) => o.action === "block");
  if (withheld.length) notes.push(`${withheld.length} draft(s) were withheld by moderation and rewritten`);
  return notes.length ? `ℹ ${notes.join("; ")}.` : "";
}

function showHistory(messages) {
  $("messages").replaceChildren();
  state.streaming = null;
  for (const m of messages) {
    if (m.error) failedTurn(m.content, m.error.status_code);
    else addMessage(m.type, m.content, m);
  }
}

// A turn the model provider failed: its reason, and a button that sends the question again.
function failedTurn(reason, status) {
  const item = addMessage("error", reason);
  item.setAttribute("role", "alert");
  const question = [...document.querySelectorAll(".message.human")].at(-1)?.textContent;
  if (question && (status === 429 || status >= 500)) {
    const retry = document.createElement("button");
    retry.className = "retry";
    retry.textContent = "Retry";
    retry.addEventListener("click", () => { retry.disabled = true; client.send(question); });
    item.append(retry);
  }
  return item;
}

function startAnswer() {
  if (state.streaming) return;
  const item = addMessage("ai", "");
  item.classList.add("streaming");
  item.setAttribute("aria-busy", "true");
  state.streaming = { item, text: "", painted: false };
  controls.setStreaming(true);
}

function paintStreaming() {
  const s = state.streaming;
  if (!s || s.painted) return;
  s.painted = true;
  requestAnimationFrame(() => {
    s.painted = false;
    s.item.querySelector(".body").innerHTML = renderMarkdown(s.text);
    s.item.scrollIntoView({ block: "end" });
  });
}

async function finishAnswer(end) {
  if (!state.streaming) startAnswer();
  const { item } = state.streaming;
  state.streaming = null;
  item.classList.remove("streaming");
  item.removeAttribute("aria-busy");
  item.querySelector(".body").innerHTML = renderMarkdown(end.content);
  decorate(item, end);
  controls.setStreaming(false);
  controls.decorate(item, "ai", { ...end, id: end.message_id });
  // the stored version of the user's message (a placeholder if it was blocked, redacted text)
  const humans = [...document.querySelectorAll(".message.human")];
  if (end.user_message && humans.length) {
    humans.at(-1).querySelector(".body").textContent = end.user_message.content;
    controls.decorate(humans.at(-1), "human", end.user_message);
  }
  const thread = state.threads.find((t) => t.thread_id === state.threadId);
  if (thread && !thread.title) await refreshThreads().catch(() => {}); // the server named it
  $("input").focus();
}

function showError(err) {
  if (err.status === 401) { askForKey(); return; }
  if (state.streaming) { state.streaming.item.remove(); state.streaming = null; }
  controls.setStreaming(false);
  const wait = err.retryAfter ? ` (try again in ${err.retryAfter} s)` : "";
  failedTurn(`${err.message}${wait}`, err.status);
}

function showStatus(status) {
  const label = { connecting: "connecting…", open: "connected", reconnecting: "offline — reconnecting…",
    closed: "disconnected", fallback: "connected (HTTP)" }[status] || status;
  $("status").textContent = label;
  $("status").classList.toggle("offline", status === "reconnecting" || status === "closed");
  banner(status === "reconnecting" ? "The server cannot be reached. Reconnecting…" : "");
}

function banner(text) {
  $("banner").textContent = text;
  $("banner").hidden = !text;
}

// --- threads ----------------------------------------------------------------------------

async function refreshThreads() {
  const page = await client.listThreads(100);
  state.threads = page.threads;
  const list = $("thread-list");
  list.replaceChildren();
  for (const t of state.threads) {
    const li = document.createElement("li");
    li.classList.toggle("active", t.thread_id === state.threadId);
    const open = document.createElement("button");
    open.className = "open";
    open.textContent = t.title || "Untitled chat";
    open.title = open.textContent;
    open.addEventListener("click", () => openThread(t.thread_id));
    if (t.thread_id === state.threadId) open.setAttribute("aria-current", "true");
    const rename = document.createElement("button");
    rename.className = "act";
    rename.textContent = "✎";
    rename.setAttribute("aria-label", `Rename ${open.textContent}`);
    rename.addEventListener("click", async () => {
      const title = prompt("Rename this chat", t.title || "");
      if (title === null) return;
      await client.renameThread(t.thread_id, title.slice(0, 200)).catch(showError);
      await refreshThreads();
    });
    const remove = document.createElement("button");
    remove.className = "act";
    remove.textContent = "✕";
    remove.setAttribute("aria-label", `Delete ${open.textContent}`);
    remove.addEventListener("click", async () => {
      if (!confirm(`Delete "${open.textContent}" and its history?`)) return;
      await client.deleteThread(t.thread_id).catch(showError);
      if (t.thread_id === state.threadId) state.threadId = null;
      await refreshThreads();
      if (!state.threadId) await openThread(state.threads[0]?.thread_id || (await client.createThread()).thread_id);
    });
    li.append(open, rename, remove);
    list.append(li);
  }
  const current = state.threads.find((t) => t.thread_id === state.threadId);
  $("thread-title").textContent = current?.title || "New chat";
}

function openThread(threadId) {
  state.threadId = threadId;
  history.replaceState(null, "", `#${threadId}`);
  $("threads").classList.remove("open");
  $("toggle-threads").setAttribute("aria-expanded", "false");
  state.opening = refreshThreads().then(() => client.connect(threadId));
  documents.setThread(threadId);
  return state.opening;
}

function newThread() {
  // a message typed while the new thread is being made waits for it (see the composer)
  state.opening = client.createThread().then((thread) => openThread(thread.thread_id));
  return state.opening;
}

// --- the API key ------------------------------------------------------------------------

function askForKey() {
  const dialog = $("key-dialog");
  if (!dialog.open) dialog.showModal();
}

$("key-form").addEventListener("submit", () => {
  const key = $("key-input").value.trim();
  if (!key) return;
  localStorage.setItem("threadline.apiKey", key);
  client.apiKey = key;
  start();
});
$("key-cancel").addEventListener("click", () => $("key-dialog").close());
$("set-key").addEventListener("click", askForKey);

// --- the composer -----------------------------------------------------------------------

$("composer").addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = $("input").value.trim();
  if (!text) return;
  $("input").value = "";
  await state.opening.catch(() => {}); // send to the thread being opened, not the one before it
  await documents.attachmentsSettled(); // a question about a file just attached waits for it
  documents.clearSent();
  if (state.threadId) await client.send(text);
});
$("input").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey) {
    event.preventDefault();
    $("composer").requestSubmit();
  }
});
$("new-thread").addEventListener("click", () => newThread().catch(showError));
$("clear-history").addEventListener("click", () => {
  if (confirm("Clear this chat's history?")) client.clearHistory();
});
$("toggle-threads").addEventListener("click", () => {
  const open = $("threads").classList.toggle("open");
  $("toggle-threads").setAttribute("aria-expanded", String(open));
  if (open) documents.close(); // on a phone, one drawer at a time
});

async function start() {
  try {
    await refreshThreads();
  } catch (err) {
    if (err.status === 401) { askForKey(); return; }
    showStatus("reconnecting");
    banner(`The server cannot be reached (${err.message}). Retrying…`);
    setTimeout(start, 3000);
    return;
  }
  banner("");
  const wanted = decodeURIComponent(location.hash.slice(1));
  const known = state.threads.find((t) => t.thread_id === wanted);
  const threadId = known ? wanted : state.threads[0]?.thread_id || (await client.createThread()).thread_id;
  await openThread(threadId);
}

start();
