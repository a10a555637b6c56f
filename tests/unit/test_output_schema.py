"""The output schema of `/chat` passes the LangServe chat playground's check and still
describes, validates and serialises the `AIMessage` it returns."""

from __future__ import annotations

from langchain_core.messages import AIMessage

from graph.output_schema import ChatOutput
from service.turns import ChatRunnable


def test_the_playground_recognises_an_ai_message() -> None:
    schema = ChatRunnable().get_output_schema().model_json_schema()
    (member,) = schema["anyOf"]
    message = schema["$defs"][member["$ref"].rsplit("/", 1)[-1]]
    # the bundled playground's test: an anyOf member whose `type` enum includes "ai"
    assert "ai" in message["properties"]["type"]["enum"]
    assert message["properties"]["type"]["const"] == "ai"


def test_it_validates_and_serialises_as_an_ai_message() -> None:
    sent = AIMessage(content="hi", id="m1", response_metadata={"thread_id": "t"})
    output = ChatOutput.model_validate(sent.model_dump())
    assert output.root == sent
    assert output.model_dump()["response_metadata"] == {"thread_id": "t"}
