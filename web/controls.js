// The controls that steer a conversation, beside the chat page (app.js calls three
// hooks: decorate each message, say when an answer streams, refresh the thread):
// Stop (next to Send, and Esc) while an answer streams; under an answer ‹ 2 / 3 ›
// to switch between its alternatives, Regenerate on the last one, Good / Bad with an
// optional comment; Edit on your own messages, inline. Regenerate and Edit go over the
// chat's socket, and their answer streams in place like any other (in every tab); the
// others call the server (web/threadline.js), then the thread is shown again as stored.

// The words of the controls under a message are drawn by CSS (`data-label`), so a
// message's text (its textContent, which the page and its tests read) stays its own.
const button = (className, text, label, onClick) => {
  const b = document.createElement("button");
  b.type = "button";
  b.className = className;
  b.dataset.label = text;
  b.setAttribute("aria-label", label || text);
  b.addEventListener("click", onClick);
  return b;
};
const note = (className, text) => {
  const span = document.createElement("span");
  span.className = className;
  span.dataset.label = text;
  return span;
};

/**
 * @param {object} options
 * @param {import("./threadline.js").ThreadlineClient} options.client
 * @param {() => Promise<void>} options.refresh  show the thread again as stored
 * @param {(err: Error) => void} options.onError
 */
export function setupControls({ client, refresh, onError }) {
  const composer = document.getElementById("composer");
  const stop = button("stop", "Stop", "Stop the answer", () => stopAnswer());
  stop.textContent = "Stop"; // in the composer, not in a message
  stop.id = "stop";
  stop.hidden = true;
  composer.append(stop);
  let streaming = false;
  let busy = false; // a regenerate or an edit is being answered (over HTTP)

  function setStreaming(on) {
    streaming = on;
    stop.hidden = !(on || busy);
    document.querySelectorAll(".message-actions button").forEach((b) => { b.disabled = on || busy; });
  }

  async function stopAnswer() {
    if (!streaming && !busy) return;
    stop.disabled = true;
    try {
      await client.stop();
    } catch (err) {
      if (err.status !== 409) onError(err); // 409: it had just ended
    } finally {
      stop.disabled = false;
    }
  }

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && (streaming || busy) && !document.querySelector("dialog[open]")) {
      event.preventDefault();
      stopAnswer();
    }
  });

  /** An answer over HTTP (regenerate, edit): Stop works meanwhile; then the thread. */
  async function answering(item, call) {
    busy = true;
    item?.classList.add("streaming");
    setStreaming(streaming);
    try {
      await call();
    } catch (err) {
      onError(err);
    } finally {
      busy = false;
      setStreaming(streaming);
      await refresh();
    }
  }

  /** Regenerate or edit: over the socket, the answer streams in place like any other
   * (in every tab); without one, over HTTP. */
  function branch(item, live, overHttp) {
    if (live()) {
      // until the answer streams (or an error frame says why not)
      document.querySelectorAll(".message-actions button").forEach((b) => { b.disabled = true; });
    } else {
      answering(item, overHttp);
    }
  }

  function feedback(item, message, actions) {
    const rated = message.feedback?.score;
    const wrap = document.createElement("span");
    wrap.className = "feedback";
    for (const [score, text, label] of [["up", "✓ Good", "Good answer"], ["down", "✗ Bad", "Bad answer"]]) {
      const thumb = button("thumb", text, label, () => askComment(item, message, score, wrap));
      thumb.dataset.score = score;
      thumb.setAttribute("aria-pressed", String(rated === score));
      if (rated) thumb.disabled = true;
      wrap.append(thumb);
    }
    actions.append(wrap);
  }

  function askComment(item, message, score, wrap) {
    item.querySelector(".feedback-form")?.remove();
    const form = document.createElement("form");
    form.className = "feedback-form";
    const label = document.createElement("label");
    label.textContent = score === "up" ? "What was good? (optional)" : "What went wrong? (optional)";
    const comment = document.createElement("textarea");
    comment.rows = 2;
    comment.maxLength = 2000;
    label.append(comment);
    const send = document.createElement("button");
    send.type = "submit";
    send.className = "primary";
    send.textContent = "Send feedback";
    const cancel = button("", "Cancel", null, () => form.remove());
    cancel.textContent = "Cancel";
    const row = document.createElement("div");
    row.className = "form-buttons";
    row.append(send, cancel);
    form.append(label, row);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      send.disabled = true;
      try {
        await client.giveFeedback(message.id, score, comment.value.trim());
        form.remove();
        wrap.querySelectorAll(".thumb").forEach((t) => {
          t.disabled = true;
          t.setAttribute("aria-pressed", String(t.dataset.score === score));
        });
        wrap.append(note("thanks", "Thanks!"));
      } catch (err) {
        send.disabled = false;
        onError(err);
      }
    });
    item.append(form);
    comment.focus();
  }

  function branchArrows(message, actions) {
    const { index, count } = message.branch;
    const nav = document.createElement("span");
    nav.className = "branch";
    nav.setAttribute("aria-label", `Answer ${index} of ${count}`);
    const go = (to) => answering(null, () => client.switchBranch(message.id, to));
    const back = button("prev", "‹", "Previous answer", () => go(index - 1));
    back.disabled = index <= 1;
    const next = button("next", "›", "Next answer", () => go(index + 1));
    next.disabled = index >= count;
    const where = note("where", `${index} / ${count}`);
    nav.append(back, where, next);
    actions.append(nav);
  }

  function editInline(item, message) {
    const body = item.querySelector(".body");
    if (item.querySelector(".edit-form")) return;
    const form = document.createElement("form");
    form.className = "edit-form";
    const text = document.createElement("textarea");
    text.value = message.content ?? body.textContent;
    text.rows = Math.min(8, text.value.split("\n").length + 1);
    text.setAttribute("aria-label", "Edit your message");
    const save = document.createElement("button");
    save.type = "submit";
    save.className = "primary";
    save.textContent = "Save and ask";
    const actions = item.querySelector(".message-actions");
    const close = () => { form.remove(); body.hidden = false; if (actions) actions.hidden = false; };
    const cancel = button("", "Cancel", null, close);
    cancel.textContent = "Cancel";
    const row = document.createElement("div");
    row.className = "form-buttons";
    row.append(save, cancel);
    form.append(text, row);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const content = text.value.trim();
      if (!content) return;
      close();
      branch(item, () => client.editLive(message.id, content), () => {
        body.textContent = content;
        // the answers after this message leave the page: they stay in the earlier branch
        let next = item.nextElementSibling;
        while (next) { const after = next.nextElementSibling; next.remove(); next = after; }
        const pending = document.createElement("li");
        pending.className = "message ai streaming";
        pending.innerHTML = '<div class="body"></div>';
        item.after(pending);
        return client.editMessage(message.id, content);
      });
    });
    body.hidden = true;
    if (actions) actions.hidden = true;
    item.append(form);
    text.focus();
  }

  /** Add the controls of one message (`message`: its view from the server, with `id`). */
  function decorate(item, type, message = {}) {
    item.querySelector(".message-actions")?.remove();
    item.classList.toggle("stopped", Boolean(message.stopped));
    if (!message.id || (type !== "ai" && type !== "human")) return;
    item.dataset.messageId = message.id;
    const actions = document.createElement("div");
    actions.className = "message-actions";
    if (type === "human") {
      actions.append(button("edit", "✎ Edit", "Edit this message", () => editInline(item, message)));
    } else {
      if (message.stopped) {
        actions.append(note("stopped-note", "Stopped"));
      }
      if (message.branch && message.branch.count > 1) branchArrows(message, actions);
      const regenerate = button("regenerate", "↻ Regenerate", "Regenerate this answer", () => {
        branch(item, () => client.regenerateLive(), () => {
          item.querySelector(".body").replaceChildren();
          return client.regenerate();
        });
      });
      actions.append(regenerate);
      if (!message.error) feedback(item, message, actions);
    }
    item.append(actions);
    queueMicrotask(markLast); // once the page has put the message in the list
  }

  /** Regenerate is offered on the thread's last answer only. */
  function markLast() {
    const answers = [...document.querySelectorAll(".message.ai[data-message-id]")];
    answers.forEach((a, n) => a.classList.toggle("last-answer", n === answers.length - 1));
  }

  return { decorate, setStreaming };
}
