// The documents panel and the composer's attachments: the collections and their
// documents, uploads (file picker or drag and drop) followed through their ingestion
// job, deletion confirmed inline, and which collections the open chat searches.
// Everything the server sends is put on the page as text, never as HTML.
import { JOB_FINISHED } from "/threadline.js";

const $ = (id) => document.getElementById(id);
/** The <select> value of the user's own collection ("My documents") before it exists:
 * the first upload into it (POST /documents) creates it. */
const MINE = "";
const isMine = (c) => !c.shared && c.collection_id.startsWith("my-");

/** An element with attributes (`class`, `on…` listeners, the rest as attributes) and
 * children (strings become text). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false && c !== ""));
  return node;
}

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function formatSize(bytes) {
  if (!bytes) return "";
  const units = ["B", "KB", "MB", "GB"];
  let n = bytes;
  let unit = 0;
  while (n >= 1024 && unit < units.length - 1) { n /= 1024; unit += 1; }
  return `${unit ? n.toFixed(n < 10 ? 1 : 0) : n} ${units[unit]}`;
}

const formatDate = (seconds) =>
  new Date(seconds * 1000).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

/** A refusal's reason without the file name it starts with ("a.exe: unsupported …"). */
const withoutName = (name, reason) => (reason.startsWith(`${name}: `) ? reason.slice(name.length + 2) : reason);

/** Each file's reason in a refusal of a whole upload ("a.pdf: why; b.exe: why"); a
 * reason that names no file (a size cap, say) is the upload's. */
export function refusalsOf(names, detail) {
  const hits = [...new Set(names)]
    .map((name) => ({ name, at: detail.indexOf(`${name}: `) }))
    .filter((hit) => hit.at >= 0)
    .sort((a, b) => a.at - b.at);
  if (!hits.length) return [{ name: names.length === 1 ? names[0] : plural(names.length, "file"), reason: detail }];
  return hits.map((hit, i) => ({
    name: hit.name,
    reason: detail.slice(hit.at + hit.name.length + 2, hits[i + 1]?.at ?? detail.length).replace(/;\s*$/, ""),
  }));
}

/** One upload (or re-ingestion) on the page: its files, a progress bar and a status
 * line, then its outcome; `data-state` is uploading, indexing, done, failed or refused. */
class UploadView {
  constructor(names, { chip = false } = {}) {
    this.names = names;
    this.label = names.length === 1 ? names[0] : `${names[0]} and ${names.length - 1} more`;
    this.bar = el("progress", { max: "1", "aria-label": `Progress of ${this.label}` });
    this.status = el("span", { class: "upload-status" }, "Uploading…");
    this.refused = el("ul", { class: "refused", "aria-label": "Refused files" });
    this.li = el("li", { class: chip ? "upload chip" : "upload", "data-state": "uploading" },
      el("div", { class: "upload-head" },
        el("span", { class: "upload-name", title: names.join(", ") }, this.label),
        el("button", { type: "button", class: "act dismiss", "aria-label": `Dismiss ${this.label}`,
          onclick: () => this.li.remove() }, "✕")),
      this.bar, this.status, this.refused);
  }

  set(state, text) {
    this.li.dataset.state = state;
    this.status.textContent = text;
  }

  uploading(fraction) {
    this.bar.max = 1;
    this.bar.value = fraction;
    this.set("uploading", `Uploading… ${Math.round(fraction * 100)}%`);
  }

  /** The job's progress: files done of total, chunks embedded. */
  job(job) {
    this.bar.max = Math.max(job.files_total, 1);
    if (job.status === "queued") this.bar.removeAttribute("value"); // waiting: indeterminate
    else this.bar.value = job.files_done;
    const chunks = `${plural(job.chunks_embedded, "chunk")} embedded`;
    if (job.status === "done") {
      this.bar.value = this.bar.max;
      this.set("done", `Ready: ${plural(job.files_total, "file")} indexed · ${chunks}`);
    } else if (job.status === "failed") {
      const reasons = (job.errors || []).map((e) => e.reason).filter(Boolean);
      this.set("failed", `Failed: ${reasons.join("; ") || "indexing failed"}`);
    } else if (job.status === "queued") {
      this.set("indexing", "Queued for indexing…");
    } else {
      this.set("indexing", `Indexing: ${job.files_done} of ${plural(job.files_total, "file")} · ${chunks}`);
    }
  }

  /** Files the server would not take, each with its reason. */
  refuse(refusals) {
    for (const { name, reason } of refusals) {
      this.refused.append(el("li", {}, el("strong", {}, name), ` — ${withoutName(name, reason)}`));
    }
  }

  fail(text, state = "failed") {
    this.bar.max = 1;
    this.bar.value = 0;
    this.set(state, text);
  }
}

/**
 * The documents panel (opened from the top bar or the chat's header), the composer's
 * attach button and dropping files on the chat.
 * @param {object} options
 * @param {import("/threadline.js").ThreadlineClient} options.client
 * @param {(err: Error) => void} options.onUnauthorized  a 401: ask for a key
 */
export function setupDocuments({ client, onUnauthorized }) {
  const panel = $("docs-panel");
  const state = {
    collections: [], // as the server lists them, the user's own first
    selected: MINE,
    documents: [],
    threadId: null,
    scope: null, // the collection ids the open thread searches, once known
    confirming: null, // "doc:<id>" or "collection:<id>": the deletion being confirmed
    pending: new Set(), // attachments not yet indexed
  };

  const say = (text) => { $("docs-status").textContent = text; };
  const failed = (err) => {
    if (err?.status === 401) onUnauthorized(err);
    else say(err?.message || String(err));
  };

  // --- collections --------------------------------------------------------------------

  /** The readable collections, with "My documents" first (a placeholder until it exists). */
  function shown() {
    const own = state.collections.filter(isMine);
    const rest = state.collections.filter((c) => !isMine(c));
    const mine = own.length ? own : [{ collection_id: MINE, name: "My documents", shared: false, documents: 0,
      writable: true, placeholder: true }];
    return [...mine, ...rest.filter((c) => !c.shared), ...rest.filter((c) => c.shared)];
  }
  const current = () => shown().find((c) => c.collection_id === state.selected) || shown()[0];

  async function loadCollections() {
    state.collections = (await client.listCollections()).collections;
    if (!shown().some((c) => c.collection_id === state.selected)) state.selected = shown()[0].collection_id;
  }

  const documentsOf = async (collection) =>
    (collection.placeholder ? [] : (await client.listDocuments(collection.collection_id)).documents);

  /** The collections the thread searches (null: unknown, or no such thread). */
  const scopeOf = async (threadId) => {
    if (!threadId) return null;
    const thread = await client.getThread(threadId).catch((err) => (err.status === 404 ? null : Promise.reject(err)));
    return thread ? thread.collections : null;
  };

  /** Everything the panel shows, fetched again; only the latest of overlapping calls
   * (a job's progress, a deletion, a new collection) is shown. */
  let generation = 0;
  async function refresh() {
    const mine = ++generation;
    const threadId = state.threadId;
    try {
      const { collections } = await client.listCollections();
      if (mine !== generation) return;
      state.collections = collections;
      if (!shown().some((c) => c.collection_id === state.selected)) state.selected = shown()[0].collection_id;
      const [documents, scope] = await Promise.all([documentsOf(current()), scopeOf(threadId)]);
      if (mine !== generation) return;
      state.documents = documents;
      if (threadId === state.threadId) state.scope = scope;
    } catch (err) {
      failed(err);
    }
    render();
  }

  // --- what the open thread searches --------------------------------------------------

  /** Search `ids` on the open thread; all of them is the default ([]: new ones too). */
  async function setScope(ids) {
    const all = state.collections.map((c) => c.collection_id);
    const chosen = all.filter((id) => ids.includes(id));
    const body = chosen.length === all.length ? [] : chosen;
    try {
      state.scope = await client.setThreadCollections(state.threadId, body);
      $("scope-note").textContent = body.length ? "Saved for this chat." : "This chat searches every collection (the default).";
    } catch (err) {
      failed(err);
    }
    renderScope();
  }

  function scopeText() {
    if (!state.scope) return "Documents";
    const all = state.collections.map((c) => c.collection_id);
    const searched = all.filter((id) => state.scope.includes(id));
    if (!searched.length) return "Searching no documents";
    if (searched.length === all.length) return "Searching all documents";
    if (searched.length === 1) return `Searching ${state.collections.find((c) => c.collection_id === searched[0]).name}`;
    return `Searching ${searched.length} of ${plural(all.length, "collection")}`;
  }

  function renderScope() {
    $("scope-summary").textContent = scopeText();
    const list = $("scope-list");
    list.replaceChildren();
    const real = shown().filter((c) => !c.placeholder);
    for (const c of real) {
      const id = `scope-${c.collection_id}`;
      const box = el("input", { type: "checkbox", id, "data-key": `scope:${c.collection_id}`,
        disabled: !state.scope, checked: Boolean(state.scope?.includes(c.collection_id)) });
      box.addEventListener("change", () => {
        const ids = [...list.querySelectorAll("input:checked")].map((b) => b.id.slice("scope-".length));
        if (!ids.length) { // the API has no "nothing": keep one
          box.checked = true;
          $("scope-note").textContent = "A chat searches at least one collection.";
          return;
        }
        setScope(ids);
      });
      list.append(el("li", {}, box, el("label", { for: id }, c.name, c.shared ? el("span", { class: "tag" }, "shared") : null)));
    }
    if (!real.length) list.append(el("li", { class: "hint" }, "No collections yet: attach a file to start yours."));
    $("scope-default").hidden = !state.scope || real.every((c) => state.scope.includes(c.collection_id));
  }

  $("scope-default").addEventListener("click", () => setScope(state.collections.map((c) => c.collection_id)));

  // --- rendering ----------------------------------------------------------------------

  function render() {
    const focused = document.activeElement?.dataset?.key;
    const collection = current();
    const select = $("docs-collection");
    select.replaceChildren(...shown().map((c) => el("option", { value: c.collection_id,
      selected: c.collection_id === state.selected }, `${c.name} (${c.documents})${c.shared ? " · shared" : ""}`)));
    $("drop-zone").hidden = !collection.writable;
    $("docs-readonly").hidden = collection.writable;
    renderDocuments(collection);
    renderCollectionActions(collection);
    renderScope();
    if (focused) panel.querySelector(`[data-key="${CSS.escape(focused)}"]`)?.focus();
  }

  function renderDocuments(collection) {
    const list = $("doc-list");
    list.replaceChildren(...state.documents.map((d) => documentRow(d, collection)));
    $("docs-empty").hidden = state.documents.length > 0;
  }

  function documentRow(doc, collection) {
    const meta = [formatSize(doc.size), doc.status === "ready" && doc.chunks ? plural(doc.chunks, "chunk") : "",
      doc.uploaded_by, formatDate(doc.uploaded_at)].filter(Boolean).join(" · ");
    const flagged = doc.flagged
      ? el("span", { class: "badge flagged", title: doc.released
        ? "Passages that read as instructions to the model, released by an operator"
        : "Passages that read as instructions to the model: kept out of answers until an operator releases them" },
      `⚠ ${doc.flagged} flagged${doc.released ? ", released" : ""}`)
      : null;
    const row = el("li", { class: "doc", "data-status": doc.status, "data-document": doc.document_id },
      el("div", { class: "doc-line" },
        el("span", { class: "doc-name", title: doc.name }, doc.name),
        el("span", { class: `badge ${doc.status}` }, doc.status), flagged),
      el("div", { class: "doc-meta" }, meta),
      doc.error ? el("p", { class: "doc-error" }, doc.error) : null);
    if (!collection.writable) return row;
    if (state.confirming === `doc:${doc.document_id}`) {
      row.append(confirmation(`Delete ${doc.name}? It leaves search at once.`, `doc:${doc.document_id}`,
        () => deleteDocument(collection, doc)));
      return row;
    }
    const actions = el("div", { class: "doc-actions" });
    if (doc.status === "failed") {
      actions.append(el("button", { type: "button", class: "link", "data-key": `retry:${doc.document_id}`,
        "aria-label": `Index ${doc.name} again`, onclick: () => reingest(collection, doc) }, "Retry"));
    }
    actions.append(el("button", { type: "button", class: "link danger", "data-key": `delete:doc:${doc.document_id}`,
      "aria-label": `Delete ${doc.name}`, onclick: () => ask(`doc:${doc.document_id}`) }, "Delete"));
    row.append(actions);
    return row;
  }

  /** The inline question a deletion waits on: Delete, or Cancel (Esc). */
  function confirmation(question, key, onConfirm) {
    return el("div", { class: "confirm", role: "group", "aria-label": question },
      el("span", {}, question),
      el("button", { type: "button", class: "danger-fill", "data-key": `confirm:${key}`,
        onclick: (event) => { event.currentTarget.disabled = true; onConfirm(); } }, "Delete"),
      el("button", { type: "button", "data-key": `cancel:${key}`, onclick: () => cancelConfirm() }, "Cancel"));
  }

  function ask(key) {
    state.confirming = key;
    render();
    panel.querySelector(`[data-key="${CSS.escape(`confirm:${key}`)}"]`)?.focus();
  }

  function cancelConfirm() {
    const key = state.confirming;
    state.confirming = null;
    render();
    panel.querySelector(`[data-key="${CSS.escape(`delete:${key}`)}"]`)?.focus();
  }

  function renderCollectionActions(collection) {
    const box = $("collection-actions");
    box.replaceChildren();
    if (!collection.writable || collection.placeholder || collection.collection_id === "shared") return;
    const key = `collection:${collection.collection_id}`;
    if (state.confirming === key) {
      box.append(confirmation(`Delete ${collection.name} and its ${plural(collection.documents, "document")}?`, key,
        () => deleteCollection(collection)));
    } else {
      box.append(el("button", { type: "button", class: "link danger", "data-key": `delete:${key}`,
        onclick: () => ask(key) }, "Delete this collection"));
    }
  }

  // --- changes ------------------------------------------------------------------------

  async function deleteDocument(collection, doc) {
    try {
      await client.deleteDocument(collection.collection_id, doc.document_id);
    } catch (err) {
      state.confirming = null;
      render();
      failed(err);
      return;
    }
    const index = state.documents.findIndex((d) => d.document_id === doc.document_id);
    state.confirming = null;
    state.documents = state.documents.filter((d) => d.document_id !== doc.document_id);
    collection.documents = Math.max(0, collection.documents - 1);
    render();
    say(`${doc.name} deleted.`);
    const next = state.documents[Math.min(index, state.documents.length - 1)];
    (next ? panel.querySelector(`[data-key="delete:doc:${next.document_id}"]`) : $("docs-title"))?.focus();
    refresh();
  }

  async function deleteCollection(collection) {
    try {
      await client.deleteCollection(collection.collection_id);
      say(`${collection.name} deleted.`);
    } catch (err) {
      failed(err);
    }
    state.confirming = null;
    state.selected = MINE;
    await refresh();
    $("docs-collection").focus();
  }

  /** Follow a job on `view`; the panel's list follows as its files are done. */
  async function follow(view, job, collectionId) {
    view.job(job);
    let done = job.files_done;
    const last = await client.watchJob(job.job_id, (progress) => {
      view.job(progress);
      if (progress.files_done !== done && isShown(collectionId)) { done = progress.files_done; refresh(); }
    });
    if (!JOB_FINISHED.includes(last.status)) view.job({ ...last, status: "failed" });
    return last;
  }

  const isShown = (collectionId) => !panel.hidden && (state.selected === collectionId ||
    (state.selected === MINE && collectionId?.startsWith("my-")));

  /** Upload `files` into a collection (null: "My documents") and follow its job on `view`.
   * Resolves to {collectionId, job} (job null when nothing was taken). */
  async function upload(files, collectionId, view) {
    let answer;
    try {
      answer = await client.uploadDocuments(files, collectionId, { onProgress: (f) => view.uploading(f) });
    } catch (err) {
      if (err.status === 401) onUnauthorized(err);
      if ([413, 415, 422].includes(err.status)) {
        view.fail(files.length === 1 ? "Refused" : "Refused: no file was taken", "refused");
        view.refuse(refusalsOf(files.map((f) => f.name), err.message));
      } else {
        const wait = err.retryAfter ? ` (try again in ${err.retryAfter} s)` : "";
        view.fail(`Failed: ${err.message}${wait}`);
      }
      return { collectionId, job: null };
    }
    view.refuse(answer.refused || []);
    if (!answer.job) { view.fail("Refused", "refused"); return { collectionId: answer.collection_id, job: null }; }
    if (!panel.hidden) refresh(); // its documents, queued
    try {
      const job = await follow(view, answer.job, answer.collection_id);
      return { collectionId: answer.collection_id, job };
    } catch (err) {
      failed(err);
      view.fail(`Failed: ${err.message}`);
      return { collectionId: answer.collection_id, job: null };
    } finally {
      if (!panel.hidden) refresh();
    }
  }

  /** Files dropped on or picked in the panel: into the collection it shows. */
  function uploadHere(files) {
    if (!files.length) return;
    const collection = current();
    const view = new UploadView(files.map((f) => f.name));
    $("uploads").prepend(view.li);
    if (!collection.writable) {
      view.fail(`Refused: only operators add files to ${collection.name}`, "refused");
      return;
    }
    upload(files, collection.placeholder ? null : collection.collection_id, view);
  }

  async function reingest(collection, doc) {
    const view = new UploadView([doc.name]);
    $("uploads").prepend(view.li);
    try {
      const job = await client.reingestDocument(collection.collection_id, doc.document_id);
      refresh();
      await follow(view, job, collection.collection_id);
    } catch (err) {
      failed(err);
      view.fail(`Failed: ${err.message}`);
    }
    refresh();
  }

  /** Files attached in the composer or dropped on the chat: into "My documents", which
   * the chat they were attached in then searches (added to its choice if it made one). */
  function attach(files) {
    if (!files.length) return;
    const threadId = state.threadId;
    const view = new UploadView(files.map((f) => f.name), { chip: true });
    $("attachments").append(view.li);
    const task = upload(files, null, view).then(async ({ collectionId, job }) => {
      if (job?.status !== "done" || !threadId) return;
      const thread = await client.getThread(threadId);
      if (!thread.collections.includes(collectionId)) {
        const scope = await client.setThreadCollections(threadId, [...thread.collections, collectionId]);
        if (threadId === state.threadId) state.scope = scope;
      } else if (threadId === state.threadId) {
        state.scope = thread.collections;
      }
      await loadCollections();
      renderScope();
    }).catch(failed);
    state.pending.add(task);
    task.finally(() => state.pending.delete(task));
  }

  // --- opening and closing --------------------------------------------------------------

  function open({ focus = $("docs-title") } = {}) {
    panel.hidden = false;
    $("toggle-docs").setAttribute("aria-expanded", "true");
    $("threads").classList.remove("open"); // on a phone, one drawer at a time
    $("toggle-threads").setAttribute("aria-expanded", "false");
    focus.focus();
    return refresh();
  }

  function close() {
    const inside = panel.contains(document.activeElement);
    panel.hidden = true;
    state.confirming = null;
    $("toggle-docs").setAttribute("aria-expanded", "false");
    if (inside) $("toggle-docs").focus();
  }

  $("toggle-docs").addEventListener("click", () => (panel.hidden ? open() : close()));
  $("docs-close").addEventListener("click", close);
  $("scope-summary").addEventListener("click", async () => {
    await open({ focus: $("docs-title") });
    $("scope-list").querySelector("input")?.focus();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || panel.hidden || $("key-dialog").open) return;
    event.preventDefault();
    if (state.confirming) cancelConfirm();
    else if (!$("new-collection-form").hidden && $("new-collection-form").contains(event.target)) hideNewCollection();
    else close();
  });

  $("docs-collection").addEventListener("change", (event) => {
    state.selected = event.target.value;
    state.confirming = null;
    state.documents = [];
    render();
    refresh();
  });

  // a new collection of the user's own
  const hideNewCollection = () => { $("new-collection-form").hidden = true; $("new-collection").focus(); };
  $("new-collection").addEventListener("click", () => {
    $("new-collection-form").hidden = false;
    $("new-collection-name").focus();
  });
  $("new-collection-cancel").addEventListener("click", hideNewCollection);
  $("new-collection-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const name = $("new-collection-name").value.trim();
    if (!name) return;
    try {
      const created = await client.createCollection(name);
      $("new-collection-name").value = "";
      $("new-collection-form").hidden = true;
      state.selected = created.collection_id;
      await refresh();
      say(`${name} created.`);
      $("docs-collection").focus();
    } catch (err) {
      failed(err);
    }
  });

  // --- file pickers and drag and drop ---------------------------------------------------

  const picked = (input, then) => input.addEventListener("change", () => {
    const files = [...input.files];
    input.value = ""; // the same file can be picked again
    then(files);
  });
  $("docs-pick").addEventListener("click", () => $("docs-input").click());
  picked($("docs-input"), uploadHere);
  $("attach").addEventListener("click", () => $("attach-input").click());
  picked($("attach-input"), attach);

  const carriesFiles = (event) => [...(event.dataTransfer?.types || [])].includes("Files");
  // a file dropped anywhere else is not opened in place of the page
  for (const kind of ["dragover", "drop"]) {
    window.addEventListener(kind, (event) => { if (carriesFiles(event)) event.preventDefault(); });
  }

  function dropTarget(area, highlight, onFiles) {
    area.addEventListener("dragenter", (event) => { if (carriesFiles(event)) { event.preventDefault(); highlight(true); } });
    area.addEventListener("dragover", (event) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
      highlight(true);
    });
    area.addEventListener("dragleave", (event) => { if (!area.contains(event.relatedTarget)) highlight(false); });
    area.addEventListener("drop", (event) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      highlight(false);
      onFiles([...event.dataTransfer.files]);
    });
  }
  dropTarget(panel, (on) => $("drop-zone").classList.toggle("over", on), uploadHere);
  dropTarget(document.querySelector("main.chat"), (on) => { $("drop-overlay").hidden = !on; }, attach);

  return {
    /** The open thread changed: what it searches is shown. */
    async setThread(threadId) {
      state.threadId = threadId;
      state.scope = null;
      $("scope-note").textContent = "";
      try {
        await loadCollections();
        const scope = await scopeOf(threadId);
        if (threadId === state.threadId) state.scope = scope;
      } catch (err) {
        if (err.status !== 401) say(err.message);
      }
      renderScope();
    },
    /** Resolves once every attachment still being indexed is done (or failed). */
    attachmentsSettled: () => Promise.allSettled([...state.pending]),
    /** A message was sent: the attachments it could use leave the composer. */
    clearSent() {
      $("attachments").querySelectorAll('.upload[data-state="done"]').forEach((chip) => chip.remove());
    },
    open,
    close,
  };
}
