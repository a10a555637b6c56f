// The list of the user's threads: searched by title, grouped by date (Today, Yesterday,
// Previous 7 days, Older), most recently active first; renamed in place and deleted
// with a few seconds to undo, never through the browser's prompt or confirm. What is
// typed in the search box filters the titles at once and, after a pause, is looked for
// in the messages of the threads on the server (GET /threads/search).

const $ = (id) => document.getElementById(id);
const DAY = 86_400_000;
/** How long a deleted thread can be brought back before it is deleted on the server. */
export const UNDO_MS = 6000;

/** The date group of a time (seconds since the epoch), relative to `now`. */
export function dateGroup(seconds, now = new Date()) {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  const at = seconds * 1000;
  if (at >= today) return "Today";
  if (at >= today - DAY) return "Yesterday";
  if (at >= today - 7 * DAY) return "Previous 7 days";
  return "Older";
}

export const titleOf = (thread) => thread.title || "New chat";

/** The pause after typing before the messages are searched, and the shortest query. */
export const SEARCH_DEBOUNCE_MS = 300;
export const SEARCH_MIN_CHARS = 2;
const WHO = { human: "You", ai: "Assistant" };

/**
 * @param {object} options
 * @param {import("/threadline.js").ThreadlineClient} options.client
 * @param {(threadId: string, found?: {messageId: string}) => void} options.onOpen  a thread
 *   was chosen (from a search of the messages: with the message that matched)
 * @param {(threadId: string) => void} options.onDeleted  a thread is gone (after its undo window)
 * @param {(thread: object|null) => void} options.onChange  the list changed (the open thread's record)
 * @param {(err: Error) => void} options.onError
 */
export function setupThreadList({ client, onOpen, onDeleted, onChange, onError }) {
  const state = { threads: [], activeId: null, query: "", editing: null, pendingDelete: null };

  async function refresh() {
    const page = await client.listThreads(100);
    const doomed = state.pendingDelete?.thread.thread_id;
    state.threads = page.threads.filter((t) => t.thread_id !== doomed);
    render();
    return state.threads;
  }

  function visible() {
    const q = state.query.trim().toLowerCase();
    // an untitled thread is an empty one the user has not written in yet: only the open
    // one is listed, so "New chat" never piles up empty entries
    return state.threads.filter((t) => (t.title || t.thread_id === state.activeId)
      && (!q || titleOf(t).toLowerCase().includes(q)));
  }

  function render() {
    const list = $("thread-list");
    const focusedKey = document.activeElement?.dataset?.key;
    list.replaceChildren();
    const shown = visible().sort((a, b) => b.updated_at - a.updated_at);
    let group = null;
    for (const t of shown) {
      const name = dateGroup(t.updated_at || t.created_at || Date.now() / 1000);
      if (name !== group) {
        group = name;
        const head = document.createElement("li");
        head.className = "group";
        const title = document.createElement("h3");
        title.textContent = name;
        head.append(title);
        list.append(head);
      }
      list.append(state.editing === t.thread_id ? renameRow(t) : threadRow(t));
    }
    // "no match" only when neither a title nor a message matched
    $("threads-empty").hidden = shown.length > 0 || !state.query || !$("content-search").hidden;
    if (focusedKey) list.querySelector(`[data-key="${CSS.escape(focusedKey)}"]`)?.focus();
    onChange(state.threads.find((t) => t.thread_id === state.activeId) || null);
  }

  function threadRow(t) {
    const li = document.createElement("li");
    li.className = "thread";
    li.dataset.thread = t.thread_id;
    li.classList.toggle("active", t.thread_id === state.activeId);
    const open = document.createElement("button");
    open.className = "open";
    open.type = "button";
    open.dataset.key = `open:${t.thread_id}`;
    open.textContent = titleOf(t);
    open.title = `${titleOf(t)} · ${new Date((t.updated_at || 0) * 1000).toLocaleString()}`;
    if (t.thread_id === state.activeId) open.setAttribute("aria-current", "true");
    open.addEventListener("click", () => onOpen(t.thread_id));
    const rename = actButton("✎", `Rename ${titleOf(t)}`, `rename:${t.thread_id}`, () => {
      state.editing = t.thread_id;
      render();
      $("rename-input")?.select();
    });
    const remove = actButton("✕", `Delete ${titleOf(t)}`, `delete:${t.thread_id}`, () => removeThread(t));
    li.append(open, rename, remove);
    return li;
  }

  function actButton(text, label, key, onClick) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "act";
    button.textContent = text;
    button.dataset.key = key;
    button.setAttribute("aria-label", label);
    button.addEventListener("click", onClick);
    return button;
  }

  function renameRow(t) {
    const li = document.createElement("li");
    li.className = "thread active editing";
    const form = document.createElement("form");
    form.className = "rename";
    const label = document.createElement("label");
    label.className = "visually-hidden";
    label.htmlFor = "rename-input";
    label.textContent = "New title";
    const input = document.createElement("input");
    input.id = "rename-input";
    input.maxLength = 200;
    input.value = t.title || "";
    input.setAttribute("aria-describedby", "rename-hint");
    const hint = document.createElement("span");
    hint.id = "rename-hint";
    hint.className = "hint";
    hint.textContent = "Enter to save, Esc to cancel";
    const done = (focusKey) => {
      state.editing = null;
      render();
      $("thread-list").querySelector(`[data-key="${CSS.escape(focusKey)}"]`)?.focus();
    };
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const title = input.value.trim();
      if (!title) { // an empty title would be an invisible entry
        hint.textContent = "A title cannot be empty.";
        input.setAttribute("aria-invalid", "true");
        input.focus();
        return;
      }
      try {
        const updated = await client.renameThread(t.thread_id, title.slice(0, 200));
        Object.assign(t, { title: updated.title });
      } catch (err) {
        onError(err);
      }
      done(`rename:${t.thread_id}`);
    });
    input.addEventListener("keydown", (event) => {
      if (event.key === "Escape") { event.preventDefault(); event.stopPropagation(); done(`rename:${t.thread_id}`); }
    });
    input.addEventListener("blur", () => { if (state.editing === t.thread_id) setTimeout(() => {
      if (state.editing === t.thread_id && !li.contains(document.activeElement)) form.requestSubmit();
    }, 0); });
    form.append(label, input, hint);
    li.append(form);
    queueMicrotask(() => input.focus());
    return li;
  }

  /** The thread leaves the list at once; it is deleted on the server when the undo
   * window ends (or at once when another deletion starts or the page closes). */
  function removeThread(t) {
    commitDelete();
    const timer = setTimeout(commitDelete, UNDO_MS);
    state.pendingDelete = { thread: t, timer };
    state.threads = state.threads.filter((x) => x.thread_id !== t.thread_id);
    if (t.thread_id === state.activeId) onDeleted(t.thread_id);
    render();
    toast(`Deleted "${titleOf(t)}".`, "Undo", () => {
      clearTimeout(timer);
      state.pendingDelete = null;
      state.threads.push(t);
      render();
      onOpen(t.thread_id);
    });
  }

  function commitDelete() {
    const pending = state.pendingDelete;
    if (!pending) return;
    state.pendingDelete = null;
    clearTimeout(pending.timer);
    hideToast();
    client.deleteThread(pending.thread.thread_id).catch((err) => {
      if (err.status !== 404) {
        state.threads.push(pending.thread);
        render();
        onError(err);
      }
    });
  }
  // a deletion whose undo window is still open is not forgotten when the page closes
  window.addEventListener("pagehide", () => {
    const pending = state.pendingDelete;
    if (!pending) return;
    fetch(`${client.baseUrl}/threads/${encodeURIComponent(pending.thread.thread_id)}`,
      { method: "DELETE", headers: client.headers(), keepalive: true });
  });

  function toast(text, action, onAction) {
    const box = $("toast");
    box.replaceChildren();
    const span = document.createElement("span");
    span.textContent = text;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "link";
    button.textContent = action;
    button.addEventListener("click", () => { hideToast(); onAction(); });
    box.append(span, button);
    box.hidden = false;
  }
  const hideToast = () => { $("toast").hidden = true; };

  // --- search in the messages, on the server ------------------------------------------

  const search = { timer: null, seq: 0 };

  /** After a pause in typing, ask the server which threads' messages hold the query. */
  function searchMessages() {
    clearTimeout(search.timer);
    const seq = ++search.seq;
    const q = state.query.trim();
    if (q.length < SEARCH_MIN_CHARS) { showFound(null); return; }
    search.timer = setTimeout(async () => {
      let found;
      try {
        found = await client.searchThreads(q.slice(0, 200));
      } catch (err) {
        if (seq === search.seq) $("content-search-status").textContent = `Searching messages failed: ${err.message}`;
        return;
      }
      if (seq === search.seq) showFound(found);
    }, SEARCH_DEBOUNCE_MS);
  }

  /** The threads whose messages matched, each match a button that opens it there. */
  function showFound(found) {
    const doomed = state.pendingDelete?.thread.thread_id;
    const results = (found?.results || []).filter((r) => r.matches.length && r.thread_id !== doomed);
    const list = $("content-results");
    list.replaceChildren(...results.map(foundRow));
    $("content-search").hidden = !results.length;
    $("threads-empty").hidden = results.length > 0 || visible().length > 0 || !state.query;
    let status = "";
    if (found) {
      const older = found.truncated ? ` (your ${found.scanned} most recent conversations searched)` : "";
      status = results.length
        ? `${results.length > 1 ? `${results.length} conversations mention` : "1 conversation mentions"} “${found.query}”${older}.`
        : `No message mentions “${found.query}”${older}.`;
    }
    $("content-search-status").textContent = status;
  }

  function foundRow(result) {
    const li = document.createElement("li");
    const title = document.createElement("span");
    title.className = "result-title";
    title.textContent = result.title || "New chat";
    li.append(title);
    for (const m of result.matches) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "result";
      button.dataset.key = `found:${result.thread_id}:${m.message_id}`;
      const who = document.createElement("span");
      who.className = "who";
      who.textContent = `${WHO[m.type] || m.type}: `;
      const mark = document.createElement("mark");
      mark.textContent = m.match; // text only: nothing a message says becomes markup
      button.append(who, m.before, mark, m.after);
      button.setAttribute("aria-label", `${result.title || "New chat"}, ${who.textContent}${m.snippet}`);
      button.addEventListener("click", () => onOpen(result.thread_id, { messageId: m.message_id }));
      li.append(button);
    }
    return li;
  }

  $("thread-search").addEventListener("input", (event) => {
    state.query = event.target.value;
    render();
    searchMessages();
  });

  return {
    refresh,
    render,
    get threads() { return state.threads; },
    find: (id) => state.threads.find((t) => t.thread_id === id),
    setActive(threadId) { state.activeId = threadId; render(); },
    /** The open thread got a message: it moves to the top of the list. */
    touch(threadId) {
      const t = state.threads.find((x) => x.thread_id === threadId);
      if (t) { t.updated_at = Date.now() / 1000; render(); }
    },
    forget(threadId) { state.threads = state.threads.filter((t) => t.thread_id !== threadId); render(); },
  };
}
