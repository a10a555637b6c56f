"""The output schema of `/chat`: the assistant's `AIMessage`, described the way LangServe's
chat playground recognises an answer (an `anyOf` member whose `type` has `enum: ["ai"]`).
"""

from __future__ import annotations

from typing import Any

from langchain_core.messages import AIMessage
from pydantic import GetJsonSchemaHandler, RootModel
from pydantic_core import CoreSchema


class ChatOutput(RootModel[AIMessage]):
    """An `AIMessage`; validates and serialises exactly as one."""

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        # langchain-core 1.x says `"type": {"const": "ai"}`; the playground bundled with
        # langserve 0.3 only looks for `enum`. Both say the same, so both are kept.
        schema = handler(core_schema)
        message = handler.resolve_ref_schema(schema)
        message["properties"]["type"]["enum"] = ["ai"]
        described: dict[str, Any] = {
            key: schema.pop(key) for key in ("title", "description") if key in schema
        }
        return {**described, "anyOf": [schema]}
