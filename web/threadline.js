// threadline's browser client, an ES module with no build step.
//
//   import { ThreadlineClient } from "/threadline.js";
//   const client = new ThreadlineClient({ apiKey, handlers: { onToken: (t) => ..., ... } });
//   await client.connect(threadId);
//   client.send("Hello");
//
// It talks to `/ws/chat/{thread_id}` and reconnects with exponential backoff; when
// the WebSocket cannot be used it falls back to Server-Sent Events over
// `/chat/stream`. The threads API (`/threads`) and the documents API (`/collections`,
// `/documents`, `/jobs`) are wrapped too.

/** An HTTP error from the server, with its status and the server's reason. */
export class ThreadlineError extends Error {
  constructor(status, reason, retryAfter = null) {
    super(reason);
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

const NOOP = () => {};
const enc = encodeURIComponent;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** An ingestion job's last states (GET /jobs/{id}). */
export const JOB_FINISHED = ["done", "failed"];

/** The reason a failed response's body gives (`detail`, FastAPI's shape). */
function reasonOf(payload, fallback) {
  if (typeof payload?.detail === "string") return payload.detail;
  return payload && Object.keys(payload).length ? JSON.stringify(payload.detail || payload) : fallback;
}

/** The server-sent events of a fetch response, as {kind, data} (data's lines joined). */
async function* serverEvents(response) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, "\n");
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const kind = (block.match(/^event: (.*)$/m) || [])[1];
      const data = block.split("\n").filter((l) => l.startsWith("data: ")).map((l) => l.slice(6)).join("\n");
      yield { kind, data };
    }
  }
}
/** The stream protocol's retraction event (graph/wire.py's RETRACTED). */
const RETRACTED = "retracted";

export class ThreadlineClient {
  /**
   * @param {object} options
   * @param {string} [options.baseUrl]  the server, by default this page's origin
   * @param {string|null} [options.apiKey]  sent as a Bearer header and as the WebSocket's first frame
   * @param {object} [options.handlers]  onHistory, onUserMessage, onStreamStart, onToken,
   *   onRetracted, onStreamEnd, onHistoryCleared, onError, onStatus ("connecting", "open",
   *   "reconnecting", "closed", "fallback", "gone": the thread was deleted)
   * @param {number} [options.maxBackoffMs]  longest wait between reconnection attempts
   */
  constructor({ baseUrl = window.location.origin, apiKey = null, handlers = {}, maxBackoffMs = 15000 } = {}) {
    this.baseUrl = baseUrl.replace(/\/$/, "");
    this.apiKey = apiKey;
    this.handlers = handlers;
    this.maxBackoffMs = maxBackoffMs;
    this.threadId = null;
    this.socket = null;
    this.attempt = 0;
    this.closedByUser = false;
    this.useSse = false;
    this.reconnectTimer = null;
    this.ready = Promise.resolve();
    this.webSocketWorked = false; // once it has, a dropped connection is retried, never replaced
  }

  emit(name, ...args) {
    (this.handlers[name] || NOOP)(...args);
  }

  headers(extra = {}) {
    const headers = { ...extra };
    if (this.apiKey) headers.Authorization = `Bearer ${this.apiKey}`;
    return headers;
  }

  async request(method, path, body) {
    let response;
    try {
      response = await fetch(this.baseUrl + path, {
        method,
        headers: this.headers(body === undefined ? {} : { "Content-Type": "application/json" }),
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (err) {
      throw new ThreadlineError(0, "the server cannot be reached");
    }
    if (response.status === 204) return null;
    const payload = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new ThreadlineError(response.status, reasonOf(payload, response.statusText),
        Number(response.headers.get("Retry-After")) || null);
    }
    return payload;
  }

  // --- the threads API ---------------------------------------------------------------
  listThreads(limit = 50, offset = 0) { return this.request("GET", `/threads?limit=${limit}&offset=${offset}`); }
  createThread(fields = {}) { return this.request("POST", "/threads", fields); }
  /** The caller's threads whose title or messages hold `q` (GET /threads/search). */
  searchThreads(q, limit = 20) { return this.request("GET", `/threads/search?q=${encodeURIComponent(q)}&limit=${limit}`); }
  getThread(id) { return this.request("GET", `/threads/${encodeURIComponent(id)}`); }
  renameThread(id, title) { return this.request("PATCH", `/threads/${encodeURIComponent(id)}`, { title }); }
  deleteThread(id) { return this.request("DELETE", `/threads/${encodeURIComponent(id)}`); }

  // steering the current thread (web/controls.js)
  /** Stop the answer being written; it keeps what was shown. A 409 when none is. */
  stop() { return this.request("POST", `/threads/${enc(this.threadId)}/stop`); }
  /** A new answer to the last question, in a branch of its own. */
  regenerate() { return this.request("POST", `/threads/${enc(this.threadId)}/regenerate`, {}); }
  /** Change one of your messages: it is answered in a new branch. */
  editMessage(messageId, content) {
    return this.request("POST", `/threads/${enc(this.threadId)}/messages/${enc(messageId)}/edit`, { content });
  }
  /** Regenerate, streamed to every tab like any answer (false: no live connection,
   * use `regenerate`). */
  regenerateLive() { return this.sendFrame({ type: "regenerate" }); }
  /** Edit, streamed to every tab like any answer (false: no live connection). */
  editLive(messageId, content) {
    const sent = this.sendFrame({ type: "edit", message_id: messageId, content });
    if (sent) this.edited = { messageId, content };
    return sent;
  }
  sendFrame(frame) {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }
  /** Show another alternative (1-based) of an answer. */
  switchBranch(messageId, index) {
    return this.request("POST", `/threads/${enc(this.threadId)}/branch`, { message_id: messageId, index });
  }
  /** Rate an answer once: "up" or "down", with an optional comment. */
  giveFeedback(messageId, score, comment = "") {
    return this.request("POST", `/threads/${enc(this.threadId)}/messages/${enc(messageId)}/feedback`, { score, comment });
  }
  /** Which collections the thread searches; [] goes back to the default (every shared
   * collection and the user's own). Resolves to the collections it now searches. */
  async setThreadCollections(id, collections) {
    return (await this.request("PATCH", `/threads/${enc(id)}`, { collections })).collections;
  }

  // --- the documents API -------------------------------------------------------------
  listCollections() { return this.request("GET", "/collections"); }
  createCollection(name, shared = false) { return this.request("POST", "/collections", { name, shared }); }
  deleteCollection(id) { return this.request("DELETE", `/collections/${enc(id)}`); }
  listDocuments(collectionId) { return this.request("GET", `/collections/${enc(collectionId)}/documents`); }
  deleteDocument(collectionId, documentId) {
    return this.request("DELETE", `/collections/${enc(collectionId)}/documents/${enc(documentId)}`);
  }
  reingestDocument(collectionId, documentId) {
    return this.request("POST", `/collections/${enc(collectionId)}/documents/${enc(documentId)}/reingest`);
  }
  getJob(id) { return this.request("GET", `/jobs/${enc(id)}`); }
  /** A passage an answer cited, by the chunk id its sources name: {chunk_id, source, title, text}. */
  getPassage(chunkId) { return this.request("GET", `/passages/${enc(chunkId)}`); }

  /**
   * Upload files (multipart field `files`) into a collection, or with no collection
   * into the user's own ("My documents", POST /documents). Resolves to the server's
   * 202 answer, {collection_id, job, refused: [{name, status, reason}]}; rejects with a
   * ThreadlineError when every file is refused (its reason names each file).
   * @param {File[]} files
   * @param {string|null} collectionId
   * @param {{onProgress?: (fraction: number) => void}} [options]  bytes sent so far
   */
  uploadDocuments(files, collectionId = null, { onProgress = NOOP } = {}) {
    const path = collectionId ? `/collections/${enc(collectionId)}/documents` : "/documents";
    const form = new FormData();
    for (const file of files) form.append("files", file, file.name);
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest(); // fetch cannot report how much of a body is sent
      xhr.open("POST", this.baseUrl + path);
      if (this.apiKey) xhr.setRequestHeader("Authorization", `Bearer ${this.apiKey}`);
      xhr.responseType = "json";
      xhr.upload.onprogress = (event) => { if (event.lengthComputable) onProgress(event.loaded / event.total); };
      xhr.onload = () => {
        const payload = xhr.response || {};
        if (xhr.status >= 200 && xhr.status < 300) resolve(payload);
        else reject(new ThreadlineError(xhr.status, reasonOf(payload, xhr.statusText || "upload failed"),
          Number(xhr.getResponseHeader("Retry-After")) || null));
      };
      xhr.onerror = () => reject(new ThreadlineError(0, "the server cannot be reached"));
      xhr.send(form);
    });
  }

  /**
   * Follow an ingestion job until it is done or failed: its server-sent events
   * (`progress`, then `done` or `failed`), or, when that stream breaks, GET /jobs/{id}
   * every `pollMs`. `onProgress` gets each state; resolves to the last one.
   */
  async watchJob(jobId, onProgress = NOOP, { pollMs = 1000 } = {}) {
    try {
      const response = await fetch(this.baseUrl + `/jobs/${enc(jobId)}/events`, { headers: this.headers() });
      if (!response.ok) {
        const payload = await response.json().catch(() => ({}));
        throw new ThreadlineError(response.status, reasonOf(payload, response.statusText));
      }
      for await (const { kind, data } of serverEvents(response)) {
        const job = JSON.parse(data);
        onProgress(job);
        if (JOB_FINISHED.includes(kind) || JOB_FINISHED.includes(job.status)) return job;
      }
    } catch (err) {
      if (err instanceof ThreadlineError && err.status >= 400 && err.status < 500 && err.status !== 429) throw err;
    }
    for (;;) { // the stream ended early or could not be read: ask instead
      const job = await this.getJob(jobId);
      onProgress(job);
      if (JOB_FINISHED.includes(job.status)) return job;
      await sleep(pollMs);
    }
  }

  // --- the live connection -------------------------------------------------------------
  /** Connect to a thread; resolves once its history arrived (over either transport). */
  connect(threadId) {
    this.disconnect();
    this.threadId = threadId;
    this.closedByUser = false;
    this.attempt = 0;
    const useSse = this.useSse || typeof WebSocket === "undefined";
    this.ready = useSse ? this.connectSse() : this.open();
    return this.ready;
  }

  open() {
    return new Promise((resolve) => {
      const url = this.baseUrl.replace(/^http/, "ws") + `/ws/chat/${encodeURIComponent(this.threadId)}`;
      this.emit("onStatus", this.attempt ? "reconnecting" : "connecting");
      let socket;
      try {
        socket = new WebSocket(url);
      } catch (err) {
        this.useSse = true;
        resolve(this.connectSse());
        return;
      }
      this.socket = socket;
      let gotHistory = false;
      socket.onopen = () => {
        if (this.apiKey) socket.send(JSON.stringify({ type: "auth", api_key: this.apiKey }));
      };
      socket.onmessage = (message) => {
        if (this.socket !== socket) return; // a socket this client has let go of
        let event;
        try { event = JSON.parse(message.data); } catch { return; }
        if (event.type === "history") {
          gotHistory = true;
          this.webSocketWorked = true;
          this.attempt = 0;
          this.emit("onStatus", "open");
          this.emit("onHistory", event.messages);
          resolve();
        } else {
          this.dispatch(event);
        }
      };
      socket.onclose = (close) => {
        if (this.socket !== socket) return;
        this.socket = null;
        if (close.code === 4404) { // the thread was deleted (in another tab, say)
          this.emit("onStatus", "gone");
          resolve();
          return;
        }
        if (this.closedByUser || close.code === 4401) {
          this.emit("onStatus", "closed");
          resolve();
          return;
        }
        if (!gotHistory && !this.webSocketWorked && this.attempt >= 2) {
          // the WebSocket never worked here (a proxy, say): stream over HTTP instead
          this.useSse = true;
          resolve(this.connectSse());
          return;
        }
        this.scheduleReconnect();
        if (!gotHistory) resolve();
      };
    });
  }

  scheduleReconnect() {
    this.attempt += 1;
    const delay = Math.min(this.maxBackoffMs, 500 * 2 ** (this.attempt - 1)) * (0.5 + Math.random() / 2);
    this.emit("onStatus", "reconnecting");
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => this.reopen(), delay);
  }

  /** Reconnect, unless the thread was deleted meanwhile: a socket that opens on an unused
   * id claims it, which would bring a deleted thread back empty. */
  async reopen() {
    if (this.closedByUser) return;
    const threadId = this.threadId;
    try {
      await this.getThread(threadId);
    } catch (err) {
      if (this.closedByUser || threadId !== this.threadId) return;
      if (err.status === 404) { this.emit("onStatus", "gone"); return; }
      if (err.status === 0) { this.scheduleReconnect(); return; } // still unreachable
    }
    if (!this.closedByUser && threadId === this.threadId) this.open();
  }

  takeSent() {
    const sent = this.sent;
    this.sent = null;
    return sent;
  }

  dispatch(event) {
    switch (event.type) {
      // the server sends no text with it (nothing unmoderated travels between its
      // processes): this tab shows what it sent, another tab a placeholder until
      // stream_end brings the message as stored
      case "user_message":
        if (event.branch_of) { // a regenerated or edited turn: it replaces this message's
          const mine = this.edited?.messageId === event.branch_of ? this.edited.content : null;
          this.edited = null;
          this.emit("onUserMessage", event.edit ? mine ?? "…" : null, event.branch_of);
        } else {
          this.emit("onUserMessage", event.content ?? this.takeSent() ?? "…");
        }
        break;
      case "stream_start": this.emit("onStreamStart"); break;
      case "stream_token": this.emit("onToken", event.text); break;
      case "stream_retracted": this.emit("onRetracted"); break;
      case "stream_end": this.emit("onStreamEnd", event); break;
      case "history_cleared": this.emit("onHistoryCleared"); break;
      case "error": this.sent = null; this.edited = null; this.emit("onError", new ThreadlineError(event.code, event.reason, event.retry_after || null)); break;
      default: break;
    }
  }

  async connectSse() {
    this.emit("onStatus", "fallback");
    try {
      const thread = await this.getThread(this.threadId);
      this.emit("onHistory", thread.messages);
    } catch (err) {
      if (err.status === 404) this.emit("onHistory", []);
      else this.emit("onError", err);
    }
  }

  /** Send a user message on the current thread, once its connection is up. */
  async send(content) {
    await this.ready;
    if (this.socket && this.socket.readyState === WebSocket.OPEN) {
      this.sent = content;
      this.socket.send(JSON.stringify({ type: "message", content }));
      return;
    }
    await this.sendOverSse(content);
  }

  /** The fallback: POST /chat/stream and read its Server-Sent Events. */
  async sendOverSse(content) {
    this.emit("onUserMessage", content);
    let response;
    try {
      response = await fetch(this.baseUrl + "/chat/stream", {
        method: "POST",
        headers: this.headers({ "Content-Type": "application/json" }),
        body: JSON.stringify({
          input: { messages: [{ type: "human", content }] },
          config: { configurable: { thread_id: this.threadId } },
        }),
      });
    } catch (err) {
      this.emit("onError", new ThreadlineError(0, "the server cannot be reached"));
      return;
    }
    if (!response.ok) {
      const payload = await response.json().catch(() => ({}));
      this.emit("onError", new ThreadlineError(response.status, String(payload.detail || response.statusText),
        Number(response.headers.get("Retry-After")) || null));
      return;
    }
    this.emit("onStreamStart");
    let text = "";
    for await (const { kind, data } of serverEvents(response)) {
      if (kind === "error") {
        const err = JSON.parse(data || "{}");
        this.emit("onError", new ThreadlineError(err.status_code || 500, err.message || "stream failed"));
      } else if (kind === "data") {
        const chunk = JSON.parse(data);
        // graph/wire.py: a window, a retraction, or the end (metadata with the thread)
        const meta = chunk.response_metadata || {};
        if (meta.event === RETRACTED) { text = ""; this.emit("onRetracted"); continue; }
        if (chunk.content) { text += chunk.content; this.emit("onToken", chunk.content); }
        if (meta.thread_id) {
          this.emit("onStreamEnd", { content: text, sources: meta.sources || [], moderation: meta.moderation,
            message_id: chunk.id, created_at: meta.created_at });
        }
      }
    }
  }

  /** Remove the thread's history (its checkpoints); the thread itself stays. */
  clearHistory() {
    if (this.socket && this.socket.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify({ type: "clear_history" }));
      return true;
    }
    this.emit("onError", new ThreadlineError(0, "clearing history needs the live connection"));
    return false;
  }

  disconnect() {
    this.closedByUser = true;
    clearTimeout(this.reconnectTimer);
    if (this.socket) {
      const socket = this.socket;
      this.socket = null;
      socket.close();
    }
  }
}
