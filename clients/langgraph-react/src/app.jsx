// A chat page on LangGraph's own React hook, `useStream`, as a LangGraph user would write
// it: threadline under `langgraph dev` is just a graph with `messages`. Open it as
// index.html?api=http://127.0.0.1:2024 (tests/e2e/test_use_stream.py builds and drives it).
import React, { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { useStream } from "@langchain/langgraph-sdk/react";

const apiUrl = new URLSearchParams(window.location.search).get("api") ?? "http://127.0.0.1:2024";

// What the page showed of the answer while the run went on, for the test to read.
window.__answerSeen = [];

function text(message) {
  if (typeof message.content === "string") return message.content;
  return message.content.map((part) => part.text ?? "").join("");
}

function App() {
  const [draft, setDraft] = useState("");
  const [retractions, setRetractions] = useState(0);
  const stream = useStream({
    apiUrl,
    assistantId: "threadline",
    messagesKey: "messages",
    // threadline's own event: a draft that had begun to show was withheld by moderation
    onCustomEvent: (event) => {
      if (event?.event === "retracted") setRetractions((n) => n + 1);
    },
  });
  const last = stream.messages[stream.messages.length - 1];
  const answering = stream.isLoading;
  useEffect(() => {
    if (last?.type === "ai") window.__answerSeen.push({ loading: answering, text: text(last) });
  });
  const send = (event) => {
    event.preventDefault();
    if (!draft.trim()) return;
    stream.submit({ messages: [{ type: "human", content: draft }] });
    setDraft("");
  };
  return (
    <main>
      <header>
        <h1>threadline</h1>
        <span className="via">LangGraph useStream · {apiUrl}</span>
      </header>
      <ol id="messages">
        {stream.messages.map((message) => (
          <li key={message.id} className={`message ${message.type}`} data-type={message.type}>
            <span className="who">{message.type === "human" ? "You" : "threadline"}</span>
            <p>{text(message)}</p>
          </li>
        ))}
      </ol>
      <p id="status" data-loading={String(answering)}>
        {answering ? "answering…" : stream.error ? `error: ${stream.error}` : "ready"}
        {retractions > 0 ? ` · ${retractions} draft(s) withheld by moderation` : ""}
      </p>
      <form onSubmit={send}>
        <input
          id="question"
          value={draft}
          placeholder="Ask threadline…"
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" disabled={answering}>
          Send
        </button>
      </form>
    </main>
  );
}

createRoot(document.getElementById("root")).render(<App />);
