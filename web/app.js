// The chat page: threads on the left, the conversation on the right, answers
// streamed as they arrive. Model output is Markdown rendered with raw HTML shown as
// text and the result sanitised (render.js), so nothing a model writes can run here.
//
// Nothing typed is lost: a message sent while an answer streams, or while the server
// cannot be reached, waits in the conversation (marked as waiting) and is sent when
// it can be; a message the server refused goes back into the box; drafts are kept
// per thread in this browser. The view follows a streaming answer only while the
// reader is at the bottom.
import { ThreadlineClient } from "/threadline.js";
import { setupDocuments } from "/documents.js";
import { setupControls } from "/controls.js";
import { renderMarkdown, decorateCode, placeCursor, copyButton } from "/render.js";
import { setupThreadList } from "/threadlist.js";

const $ = (id) => document.getElementById(id);
const list = $("messages");

/** Messages rendered at once when a thread opens; older ones follow in the background. */
const FIRST_PAINT = 30;
/** How close to the bottom (px) still counts as "at the bottom" (following). */
const FOLLOW_SLACK = 48;

// Each verdict names its policies in words (`policies`): the server owns the labels.
const policies = (verdict) => verdict?.policies || "content";

const state = {
  threadId: null,
  streaming: null, // the answer being streamed: {item, text, painted}
  busy: false, // the thread is answering (this tab's message or another tab's)
  sending: null, // this tab's message whose answer is awaited: {text, item, echoed}
  queue: [], // messages waiting to be sent: [{text, item}]
  online: false,
  gone: false, // the open thread was deleted elsewhere
  follow: true, // the reader is at the bottom: new text scrolls into view
  opening: Promise.resolve(),
  fresh: new Set(), // threads this tab created and nobody has written in yet
  creating: false, // a new chat is being made: what is typed meanwhile is for it
  openSeq: 0, // counts the threads opened: a new chat made late does not take over
  historyGeneration: 0,
  reloadAfter: false, // a regenerated or edited turn whose message this tab did not show
  reveal: null, // the message a search opened its thread at: {threadId, messageId}
};

const client = new ThreadlineClient({
  apiKey: localStorage.getItem("threadline.apiKey"),
  handlers: {
    onStatus: showStatus,
    onHistory: showHistory,
    onUserMessage: userMessage,
    onStreamStart: startAnswer,
    onToken: (text) => { if (!state.streaming) startAnswer(); state.streaming.text += text; paintStreaming(); },
    onRetracted: () => { if (state.streaming) { state.streaming.text = ""; paintStreaming(); } },
    onStreamEnd: finishAnswer,
    onHistoryCleared: () => { list.replaceChildren(); showQueue(); },
    onError: showError,
  },
});

const documents = setupDocuments({ client, onUnauthorized: () => askForKey(true) });
const controls = setupControls({ client, onError: showError, refresh: () => client.connect(state.threadId) });
const threads = setupThreadList({
  client,
  onOpen: (id, found) => {
    const opened = openThread(id);
    state.reveal = found ? { threadId: id, messageId: found.messageId } : null;
    return opened;
  },
  onDeleted: () => startFresh(),
  onChange: (thread) => { if (thread || !state.gone) $("thread-title").textContent = thread?.title || "New chat"; },
  onError: showError,
});

// --- scrolling: follow the answer only while the reader is at the bottom ------------------

const atBottom = () => list.scrollHeight - list.scrollTop - list.clientHeight <= FOLLOW_SLACK;

list.addEventListener("scroll", () => {
  state.follow = atBottom();
  $("jump").hidden = state.follow;
});

/** New content arrived: keep it in view if the reader follows, else offer the jump. */
function keepFollowing() {
  if (state.follow) list.scrollTop = list.scrollHeight;
  else $("jump").hidden = false;
}

function jumpToLatest() {
  state.follow = true;
  list.scrollTop = list.scrollHeight;
  $("jump").hidden = true;
}
$("jump").addEventListener("click", () => { jumpToLatest(); $("input").focus(); });

// --- messages ---------------------------------------------------------------------------

const WHO = { human: "You", ai: "Assistant", error: "Error" };

/** One message's list item: who wrote it (for screen readers), then its body. */
function messageItem(type, text, extra = {}) {
  const item = document.createElement("li");
  item.className = `message ${type}`;
  const who = document.createElement("span");
  who.className = "visually-hidden who";
  who.textContent = `${WHO[type] || type}:`;
  const body = document.createElement("div");
  body.className = "body";
  item.append(who, body);
  item.rawText = text;
  if (type === "ai") {
    if (isRefusal(extra.moderation)) {
      item.classList.add("refusal"); // the refusal is its own notice (decorate)
    } else {
      body.innerHTML = renderMarkdown(text);
      decorateCode(body);
    }
    decorate(item, extra);
  } else {
    body.textContent = text;
  }
  const when = storedTime(extra.created_at) || extra.time;
  if (when) item.append(timeOf(when));
  controls.decorate(item, type, extra);
  return item;
}

function addMessage(type, text, extra = {}) {
  return placeItem(messageItem(type, text, extra));
}

/** Put a message on the list: waiting messages stay last (what is sent comes first). */
function placeItem(item) {
  const firstWaiting = state.queue[0]?.item;
  if (firstWaiting?.isConnected) list.insertBefore(item, firstWaiting);
  else list.append(item);
  keepFollowing();
  return item;
}

/** The time the server stored a message (`created_at`, ISO 8601), or null: messages
 * stored before the server kept times have none. */
function storedTime(iso) {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/** A message's time: the clock for today's, with the day before it for older ones. */
function timeOf(date) {
  const time = document.createElement("time");
  time.className = "when";
  time.dateTime = date.toISOString();
  const clock = date.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
  const now = new Date();
  const day = date.toLocaleDateString(undefined, { day: "numeric", month: "short",
    ...(date.getFullYear() === now.getFullYear() ? {} : { year: "numeric" }) });
  time.textContent = date.toDateString() === now.toDateString() ? clock : `${day}, ${clock}`;
  time.title = date.toLocaleString();
  return time;
}

const isRefusal = (moderation) => ["blocked_input", "refused"].includes(moderation?.outcome);

/** Sources (one entry per document, each passage it cited openable), the moderation
 * notice, and the answer's Copy button. */
function decorate(item, { sources = [], moderation = null }) {
  item.querySelectorAll(".sources, .notice, .answer-actions").forEach((n) => n.remove());
  const bySource = new Map();
  for (const s of sources) {
    const key = s.source;
    if (!bySource.has(key)) bySource.set(key, { ...s, passages: [] });
    const cited = s.text || s.chunk_id; // answers store the chunk id; older ones the text
    if (cited && !bySource.get(key).passages.some((p) => p.chunk_id === s.chunk_id)) bySource.get(key).passages.push(s);
  }
  if (bySource.size) {
    const ul = document.createElement("ul");
    ul.className = "sources";
    ul.setAttribute("aria-label", "Sources");
    for (const s of bySource.values()) ul.append(sourceEntry(s));
    item.append(ul);
  }
  const text = moderationNotice(moderation, item.rawText);
  if (text) {
    const notice = document.createElement("p");
    notice.className = "notice";
    notice.textContent = text;
    item.append(notice);
  }
  if (!isRefusal(moderation) && item.rawText) {
    const actions = document.createElement("div");
    actions.className = "answer-actions";
    actions.append(copyButton("Copy answer", () => item.rawText, "copy copy-answer"));
    item.append(actions);
  }
}

/** One cited document; its passages open in place, fetched by their chunk id when first
 * opened (an answer stores where its passages came from, not their text). */
function sourceEntry(s) {
  const li = document.createElement("li");
  const label = s.title && s.title !== s.source ? `${s.title} — ${s.source}` : s.source;
  if (!s.passages.length) { li.textContent = label; return li; }
  const details = document.createElement("details");
  const summary = document.createElement("summary");
  summary.textContent = s.passages.length > 1 ? `${label} (${s.passages.length} passages)` : label;
  details.append(summary);
  const quotes = s.passages.map((p) => {
    const quote = document.createElement("blockquote");
    quote.className = "passage";
    quote.textContent = p.text || "Loading the passage…";
    details.append(quote);
    return quote;
  });
  details.addEventListener("toggle", () => {
    if (!details.open || details.dataset.loaded) return;
    details.dataset.loaded = "1";
    s.passages.forEach((p, i) => { if (!p.text) loadPassage(p.chunk_id, quotes[i]); });
  });
  li.append(details);
  return li;
}

async function loadPassage(chunkId, quote) {
  try {
    quote.textContent = (await client.getPassage(chunkId)).text;
  } catch (err) {
    quote.classList.add("passage-gone");
    quote.textContent = err.status === 404
      ? "This passage is no longer in your documents (its document was deleted)."
      : `The passage could not be loaded: ${err.message}`;
  }
}

function moderationNotice(moderation, text) {
  if (!moderation) return "";
  // the server's refusal already names the policy: it is the notice, said once
  if (moderation.outcome === "blocked_input") return `⚠ ${text || "Your message was blocked by moderation."} It was not stored.`;
  if (moderation.outcome === "refused") return `⚠ ${text || "The answer was withheld by moderation."}`;
  const notes = [];
  if (moderation.input?.action === "redact")
    notes.push(`parts of your message were redacted before it was stored (${policies(moderation.input)})`);
  const withheld = (moderation.output || []).filter((o) => o.action === "block");
  if (withheld.length) notes.push(`${withheld.length} draft(s) were withheld by moderation and rewritten`);
  return notes.length ? `ℹ ${notes.join("; ")}.` : "";
}

/** A thread's stored history; a failed turn that was retried shows once, as its retry. */
function historyViews(messages) {
  const views = [];
  for (let i = 0; i < messages.length; i += 1) {
    const m = messages[i];
    const next = messages[i + 1];
    if (m.type === "human" && messages[i + 1]?.error && messages[i + 2]?.type === "human"
      && messages[i + 2].content === m.content) { i += 1; continue; } // retried: shown as the retry
    if (m.error) {
      views.push({ error: m.error, content: m.content, question: messages[i - 1]?.content, last: !next });
    } else {
      views.push(m);
    }
  }
  return views;
}

function itemOfView(view, questionItem) {
  if (view.error) {
    return errorCard({ reason: view.content, status: view.error.status_code, question: view.question,
      questionItem, retryable: view.last });
  }
  return messageItem(view.type, view.content, view);
}

function showHistory(messages) {
  const generation = ++state.historyGeneration;
  list.replaceChildren();
  state.streaming = null;
  state.busy = false; // a run still going is replayed after the history
  state.reloadAfter = false;
  const echoed = state.sending?.echoed ? state.sending : null;
  state.sending = null;
  const views = historyViews(messages);
  // a message this tab sent just before the connection dropped, that did arrive, is not sent twice
  const lastHuman = views.filter((v) => v.type === "human").at(-1)?.content;
  if (echoed && lastHuman === echoed.text) echoed.item.remove();
  state.queue = state.queue.filter((q) => !(q.requeued && q.text === lastHuman && (q.item.remove(), true)));
  const recent = views.slice(-FIRST_PAINT);
  const older = views.slice(0, views.length - recent.length);
  const fragment = document.createDocumentFragment();
  let previous = null;
  for (const view of recent) {
    const item = itemOfView(view, previous?.classList.contains("human") ? previous : null);
    fragment.append(item);
    previous = item;
  }
  list.append(fragment);
  showQueue();
  jumpToLatest();
  revealFound();
  requestAnimationFrame(() => setTimeout(() => performance.mark("threadline:history-painted"), 0));
  renderOlder(older, generation);
  flushQueue();
}

/** The older part of a long history, put above in the background, a slice at a time,
 * without moving what the reader is looking at. */
function renderOlder(views, generation) {
  let end = views.length;
  const threadId = state.threadId;
  const step = () => {
    if (generation !== state.historyGeneration || end <= 0) {
      if (end <= 0 && generation === state.historyGeneration) {
        // the message a search found is not in this branch any more
        if (state.reveal?.threadId === threadId) state.reveal = null;
        performance.mark("threadline:history-complete");
      }
      return;
    }
    const start = Math.max(0, end - 40);
    const fragment = document.createDocumentFragment();
    for (const view of views.slice(start, end)) fragment.append(itemOfView(view, null));
    end = start;
    const fromBottom = list.scrollHeight - list.scrollTop;
    list.prepend(fragment);
    if (!state.follow) list.scrollTop = list.scrollHeight - fromBottom;
    else list.scrollTop = list.scrollHeight;
    revealFound();
    setTimeout(step, 0);
  };
  setTimeout(step, 0);
}

/** A turn that failed: its reason, and a Retry that sends the question that failed
 * (disabled while the server asks to wait). */
function errorCard({ reason, status, retryAfter = null, question, questionItem = null, retryable = true }) {
  const item = messageItem("error", reason);
  if (question && retryable && (status === 429 || status >= 500 || status === 0)) {
    const retry = document.createElement("button");
    retry.type = "button";
    retry.className = "retry";
    retry.textContent = "Retry";
    retry.setAttribute("aria-label", `Retry: ${question.slice(0, 80)}`);
    if (retryAfter) countDown(retry, retryAfter);
    retry.addEventListener("click", () => {
      item.remove();
      questionItem?.remove(); // the retry shows the question again, once
      enqueue(question);
    });
    item.append(retry);
  }
  return item;
}

function countDown(button, seconds) {
  let left = Math.ceil(seconds);
  button.disabled = true;
  const tick = () => {
    if (!button.isConnected && left < seconds) return;
    if (left <= 0) { button.disabled = false; button.textContent = "Retry"; return; }
    button.textContent = `Retry in ${left} s`;
    left -= 1;
    setTimeout(tick, 1000);
  };
  tick();
}

function userMessage(text, branchOf = null) {
  state.busy = true;
  if (branchOf) { forkTurn(text, branchOf); return; }
  const mine = state.sending;
  if (mine && !mine.echoed) {
    mine.echoed = true;
    mine.item.classList.remove("pending");
    mine.item.querySelector(".pending-note")?.remove();
    state.fresh.delete(state.threadId);
    threads.touch(state.threadId);
    return;
  }
  addMessage("human", text, { time: new Date() }); // another tab's message
}

/** A regenerated or edited turn begins: what followed its message leaves the page (it
 * stays in the earlier branch), and an edited message shows its new text (this tab's)
 * or a placeholder until the answer ends; a tab without that message reloads the thread
 * when it ends. */
function forkTurn(text, branchOf) {
  const at = [...list.querySelectorAll(".message.human")].find((m) => m.dataset.messageId === branchOf);
  state.reloadAfter = !at;
  if (!at) return;
  const waiting = new Set(state.queue.map((q) => q.item));
  let next = at.nextElementSibling;
  while (next && !waiting.has(next)) { const after = next.nextElementSibling; next.remove(); next = after; }
  if (text !== null) at.querySelector(".body").textContent = text;
  state.streaming = null;
}

function startAnswer() {
  state.busy = true;
  if (state.streaming) return;
  const item = addMessage("ai", "");
  item.classList.add("streaming");
  item.setAttribute("aria-busy", "true");
  state.streaming = { item, text: "", painted: false };
  controls.setStreaming(true);
  paintStreaming();
}

function paintStreaming() {
  const s = state.streaming;
  if (!s || s.painted) return;
  s.painted = true;
  requestAnimationFrame(() => {
    s.painted = false;
    if (state.streaming !== s) return; // it ended (or was withdrawn) before this frame
    const body = s.item.querySelector(".body");
    body.innerHTML = renderMarkdown(s.text);
    placeCursor(body);
    keepFollowing();
  });
}

async function finishAnswer(end) {
  if (!state.streaming) startAnswer();
  const { item } = state.streaming;
  const following = state.follow;
  state.streaming = null;
  item.classList.remove("streaming");
  item.removeAttribute("aria-busy");
  item.rawText = end.content;
  const body = item.querySelector(".body");
  if (isRefusal(end.moderation)) {
    item.classList.add("refusal");
    body.replaceChildren();
  } else {
    body.innerHTML = renderMarkdown(end.content);
    decorateCode(body);
  }
  decorate(item, end);
  item.append(timeOf(storedTime(end.created_at) || new Date()));
  // the stored version of the user's message (a placeholder if it was blocked, redacted text)
  controls.setStreaming(false);
  controls.decorate(item, "ai", { ...end, id: end.message_id });
  const humans = [...list.querySelectorAll(".message.human:not(.pending)")];
  if (end.user_message && humans.length) {
    const asked = humans.at(-1);
    asked.querySelector(".body").textContent = end.user_message.content;
    const stored = storedTime(end.user_message.created_at);
    if (stored) { asked.querySelector(".when")?.remove(); asked.querySelector(".body").after(timeOf(stored)); }
    controls.decorate(asked, "human", end.user_message);
  }
  announce(isRefusal(end.moderation) ? moderationNotice(end.moderation, end.content) : `Assistant: ${body.textContent}`);
  // the turn ended well: earlier failures need no Retry any more
  list.querySelectorAll(".message.error .retry").forEach((b) => b.remove());
  state.busy = false;
  state.sending = null;
  state.fresh.delete(state.threadId);
  if (following) { state.follow = true; keepFollowing(); } // its sources and actions too
  threads.refresh().catch(() => {}); // a new title, and the thread moves to the top
  if (state.reloadAfter) { state.reloadAfter = false; client.connect(state.threadId); return; }
  flushQueue();
}

function showError(err) {
  if (err.status === 401) { requeueSending(); askForKey(true); return; }
  if (err.status === 404 && state.threadId) { threadGone(); return; }
  if (err.status === 409 && state.sending && !state.sending.echoed) {
    // the thread was answering (another tab's message): this one waits its turn
    requeueSending();
    state.busy = true;
    setTimeout(() => { if (!state.streaming) { state.busy = false; flushQueue(); } }, 3000);
    return;
  }
  const sending = state.sending;
  state.sending = null;
  if (state.streaming) {
    const { item, text } = state.streaming;
    state.streaming = null;
    if (text) { item.classList.remove("streaming"); item.classList.add("interrupted"); item.removeAttribute("aria-busy"); }
    else item.remove();
  }
  controls.setStreaming(false);
  state.busy = false;
  const wait = err.retryAfter ? ` (try again in ${err.retryAfter} s)` : "";
  let question = sending?.text;
  let questionItem = sending?.echoed ? sending.item : null;
  if (sending && !sending.echoed) {
    // refused before it started: the message was never shown as sent; its text goes
    // back into the box unless something else is being written there
    sending.item.remove();
    if (!$("input").value.trim()) { $("input").value = sending.text; saveDraft(); }
  }
  if (!sending && err.status !== 0) { // a run another tab started
    questionItem = [...list.querySelectorAll(".message.human")].at(-1) || null;
    question = questionItem?.querySelector(".body").textContent;
  }
  placeItem(errorCard({ reason: `${err.message}${wait}`, status: err.status,
    retryAfter: err.retryAfter, question, questionItem }));
  announce(`Error: ${err.message}${wait}`);
  flushQueue();
}

/** Say `text` once to screen readers (the message list itself is not a live region). */
function announce(text) {
  const region = $("announce");
  region.textContent = "";
  setTimeout(() => { region.textContent = text.length > 400 ? `${text.slice(0, 400)}…` : text; }, 50);
}

// --- messages that wait: the thread answers, or the server cannot be reached ---------------

function enqueue(text) {
  const item = messageItem("human", text, { time: new Date() });
  item.classList.add("pending");
  // a message typed while a new chat is being made goes to that chat
  const entry = { text, item, threadId: state.creating ? null : state.threadId };
  state.queue.push(entry);
  list.append(item);
  state.follow = true; // the reader's own message brings the view down
  keepFollowing();
  showQueue();
  flushQueue();
}

function requeueSending() {
  const sending = state.sending;
  state.sending = null;
  if (!sending || sending.echoed) return;
  sending.requeued = true;
  state.queue.unshift(sending);
  showQueue();
}

/** Each waiting message, after what was sent, says why it waits, with a Cancel that
 * puts its text back in the box. */
function showQueue() {
  for (const entry of state.queue) {
    const { item } = entry;
    item.classList.add("pending");
    list.append(item);
    let note = item.querySelector(".pending-note");
    if (!note) {
      note = document.createElement("div");
      note.className = "pending-note";
      const why = document.createElement("span");
      const cancel = document.createElement("button");
      cancel.type = "button";
      cancel.className = "link cancel";
      cancel.textContent = "Cancel";
      cancel.setAttribute("aria-label", "Cancel this waiting message (its text goes back in the box)");
      cancel.addEventListener("click", () => {
        state.queue = state.queue.filter((q) => q !== entry);
        item.remove();
        const box = $("input");
        box.value = box.value.trim() ? `${entry.text}\n${box.value}` : entry.text;
        saveDraft();
        box.focus();
      });
      note.append(why, cancel);
      item.append(note);
    }
    note.firstChild.textContent = state.gone ? "Not sent: this chat was deleted"
      : !state.online ? "Waiting for the connection…" : state.busy ? "Queued: sent when the answer ends" : "Sending…";
  }
  if (state.sending && !state.sending.echoed) {
    const note = state.sending.item.querySelector(".pending-note span");
    if (note) note.textContent = "Sending…";
  }
}

let flushing = false;
/** Send the first waiting message when the thread is free and the server reachable. */
async function flushQueue() {
  showQueue();
  if (flushing || state.busy || state.sending || !state.online || state.gone || !state.queue.length) return;
  flushing = true;
  try {
    await state.opening.catch(() => {}); // to the thread being opened, not the one before it
    await documents.attachmentsSettled(); // a question about a file just attached waits for it
    if (state.busy || state.sending || !state.online || state.gone || !state.queue.length) return;
    const entry = state.queue.shift();
    state.sending = { ...entry, echoed: false };
    state.busy = true;
    documents.clearSent();
    showQueue();
    await client.send(entry.text);
  } finally {
    flushing = false;
  }
}

// --- connection status, and a thread deleted elsewhere ------------------------------------

function showStatus(status) {
  if (status === "gone") { threadGone(); return; }
  const label = { connecting: "connecting…", open: "connected", reconnecting: "offline — reconnecting…",
    closed: "disconnected", fallback: "connected (HTTP)" }[status] || status;
  $("status").textContent = label;
  $("status").classList.toggle("offline", status === "reconnecting" || status === "closed");
  const wasOnline = state.online;
  state.online = status === "open" || status === "fallback";
  if (!state.online && wasOnline) {
    requeueSending(); // sent into a connection that dropped: sent again when it is back
    if (state.streaming) state.busy = true;
  }
  if (status === "reconnecting") banner("The server cannot be reached. Reconnecting… Messages you send wait and go out when it is back.");
  else if (!state.gone) banner("");
  showQueue();
  if (state.online && status === "fallback") flushQueue();
}

function threadGone() {
  if (state.gone) return;
  state.gone = true;
  client.disconnect();
  $("status").textContent = "chat deleted";
  $("status").classList.add("offline");
  banner("This chat was deleted in another tab or window. Nothing you type here is sent to it.",
    { label: "Start a new chat", onClick: () => startFresh() });
  threads.forget(state.threadId);
  showQueue();
}

function banner(text, action = null) {
  const box = $("banner");
  box.replaceChildren();
  if (text) {
    const span = document.createElement("span");
    span.textContent = text;
    box.append(span);
    if (action) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = action.label;
      button.addEventListener("click", action.onClick);
      box.append(button);
    }
  }
  box.hidden = !text;
}

// --- threads ----------------------------------------------------------------------------

function openThread(threadId) {
  const previous = state.threadId;
  if (previous && previous !== threadId) leaveThread(previous);
  state.openSeq += 1;
  state.threadId = threadId;
  state.gone = false;
  state.busy = false;
  state.sending = null;
  // waiting messages belong to the thread they were written in
  const carried = state.queue.filter((q) => q.threadId === null || q.threadId === threadId);
  state.queue.filter((q) => !carried.includes(q)).forEach((q) => q.item.remove());
  carried.forEach((q) => { q.threadId = threadId; });
  state.queue = [...loadQueue(threadId), ...carried];
  // what was typed while a new chat was being made is that chat's draft
  if (!(state.creating && $("input").value.trim())) loadDraft();
  state.creating = false;
  saveDraft();
  banner("");
  history.replaceState(null, "", `#${threadId}`);
  closeDrawer();
  threads.setActive(threadId);
  state.opening = threads.refresh().catch(() => {}).then(() => client.connect(threadId));
  documents.setThread(threadId);
  return state.opening;
}

/** The message a search opened its thread at: scrolled to and marked for a moment once
 * the thread's history has painted it (older messages are painted in the background). */
function revealFound() {
  const wanted = state.reveal;
  if (!wanted || wanted.threadId !== state.threadId) return;
  const item = [...list.querySelectorAll(".message[data-message-id]")].find((m) => m.dataset.messageId === wanted.messageId);
  if (!item) return;
  state.reveal = null;
  state.follow = false; // the reader went to this message: new text does not pull away
  item.scrollIntoView({ block: "center" });
  $("jump").hidden = atBottom();
  item.classList.add("found");
  setTimeout(() => item.classList.remove("found"), 2500);
}

/** Leaving a thread: an empty one this tab made is not kept as an empty "New chat",
 * and its waiting messages are kept for when it is opened again. */
function leaveThread(threadId) {
  saveQueue(threadId);
  if (state.fresh.has(threadId) && !list.querySelector(".message") && !state.queue.length) {
    state.fresh.delete(threadId);
    // its socket first: the server closes a deleted thread's sockets as "gone" (4404),
    // which would otherwise reach this tab as if the chat it opens next were deleted
    client.disconnect();
    client.deleteThread(threadId).catch(() => {});
    threads.forget(threadId);
  }
}

async function newThread() {
  if (state.creating) return state.opening; // one new chat at a time
  // the open chat is still empty: it is the new chat
  if (!state.gone && state.threadId && !list.querySelector(".message") && !state.queue.length) {
    closeDrawer();
    $("input").focus();
    return undefined;
  }
  saveDraft();
  $("input").value = "";
  state.creating = true;
  const seq = state.openSeq;
  state.opening = client.createThread().then((thread) => {
    if (seq !== state.openSeq) { // another chat was opened meanwhile: this one is not wanted
      client.deleteThread(thread.thread_id).catch(() => {});
      return undefined;
    }
    state.fresh.add(thread.thread_id);
    return openThread(thread.thread_id);
  });
  try {
    await state.opening;
  } finally {
    state.creating = false;
  }
  $("input").focus();
}

function startFresh() {
  state.threadId = null;
  newThread().catch(showError);
}

// the queue and the draft of each thread, kept in this browser
const draftKey = (id) => `threadline.draft.${id}`;
const queueKey = (id) => `threadline.queue.${id}`;
function saveDraft() {
  if (!state.threadId || state.creating) return; // typed for the chat being made
  const text = $("input").value;
  if (text.trim()) localStorage.setItem(draftKey(state.threadId), text);
  else localStorage.removeItem(draftKey(state.threadId));
}
function loadDraft() { $("input").value = localStorage.getItem(draftKey(state.threadId)) || ""; }
function saveQueue(threadId) {
  const texts = [state.sending && !state.sending.echoed ? state.sending.text : null,
    ...state.queue.filter((q) => q.threadId === threadId).map((q) => q.text)].filter(Boolean);
  if (texts.length) localStorage.setItem(queueKey(threadId), JSON.stringify(texts));
  else localStorage.removeItem(queueKey(threadId));
}
function loadQueue(threadId) {
  let texts = [];
  try { texts = JSON.parse(localStorage.getItem(queueKey(threadId)) || "[]"); } catch { texts = []; }
  localStorage.removeItem(queueKey(threadId));
  return texts.map((text) => ({ text, item: messageItem("human", text), requeued: true, threadId }));
}
window.addEventListener("pagehide", () => { if (state.threadId) { saveQueue(state.threadId); saveDraft(); } });

// --- the API key ------------------------------------------------------------------------

/** The key dialog; `required`: the server refused the request without a valid key. */
function askForKey(required = false) {
  $("key-reason").textContent = required
    ? "This server needs an API key, and the one this browser has (if any) was not accepted."
    : "An API key is needed only when the server has keys turned on. It is kept in this browser only.";
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
$("set-key").addEventListener("click", () => askForKey(false));

// --- the composer -----------------------------------------------------------------------

$("composer").addEventListener("submit", (event) => {
  event.preventDefault();
  const text = $("input").value.trim();
  if (!text) return;
  if (state.gone) { $("banner").querySelector("button")?.focus(); return; } // kept in the box
  $("input").value = "";
  saveDraft();
  enqueue(text);
});
$("input").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    $("composer").requestSubmit();
  }
});
$("input").addEventListener("input", saveDraft);
// the skip link moves the focus, not the address (its hash names the thread)
$("skip").addEventListener("click", (event) => { event.preventDefault(); $("input").focus(); });
$("new-thread").addEventListener("click", () => newThread().catch(showError));
$("clear-history").addEventListener("click", () => clearHistory());

/** Clearing asks in place (no browser dialog): a second click within a few seconds. */
function clearHistory() {
  const button = $("clear-history");
  if (button.dataset.armed) {
    delete button.dataset.armed;
    button.textContent = "Clear history";
    client.clearHistory();
    return;
  }
  button.dataset.armed = "1";
  button.textContent = "Click again to clear";
  setTimeout(() => { delete button.dataset.armed; button.textContent = "Clear history"; }, 4000);
}

// --- the drawer (the thread list on a phone) ----------------------------------------------

function openDrawer() {
  $("threads").classList.add("open");
  $("backdrop").hidden = false;
  $("toggle-threads").setAttribute("aria-expanded", "true");
  documents.close(); // one drawer at a time
  $("new-thread").focus();
}
function closeDrawer() {
  const wasOpen = $("threads").classList.contains("open");
  $("threads").classList.remove("open");
  $("backdrop").hidden = true;
  $("toggle-threads").setAttribute("aria-expanded", "false");
  if (wasOpen && $("threads").contains(document.activeElement)) $("toggle-threads").focus();
}
$("toggle-threads").addEventListener("click", () => ($("threads").classList.contains("open") ? closeDrawer() : openDrawer()));
$("backdrop").addEventListener("click", closeDrawer);
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && $("threads").classList.contains("open")) { event.preventDefault(); closeDrawer(); }
});

async function start() {
  try {
    await threads.refresh();
  } catch (err) {
    if (err.status === 401) { askForKey(true); return; }
    showStatus("reconnecting");
    banner(`The server cannot be reached (${err.message}). Retrying…`);
    setTimeout(start, 3000);
    return;
  }
  banner("");
  const wanted = decodeURIComponent(location.hash.slice(1));
  const known = threads.find(wanted);
  let threadId = known ? wanted : threads.threads[0]?.thread_id;
  if (!threadId) {
    threadId = (await client.createThread()).thread_id;
    state.fresh.add(threadId);
  }
  await openThread(threadId);
  if (!matchMedia("(max-width: 700px)").matches) $("input").focus();
}

start();
