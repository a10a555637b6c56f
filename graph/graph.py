"""Assembles the chat graph as docs/engineering/architecture.md draws it; `build_graph`
returns the builder, which the server, the notebook and the tests compile with their
checkpointer.
"""

from __future__ import annotations

from typing import Final

from langchain_core.language_models import BaseChatModel
from langgraph.graph import END, START, StateGraph
from langgraph.types import RetryPolicy

from graph.configuration import GraphSettings
from graph.context import Context
from graph.moderation.moderator import AuditLog, JudgeVerdict, Moderator, merged_policy
from graph.moderation.rules import INPUT_POLICY, OUTPUT_POLICY
from graph.nodes import ChatNodes, route_after_input, route_after_output
from graph.provider import ProviderGuard, is_transient
from graph.relay import HIDDEN
from graph.retrieval.index import Retriever
from graph.state import InputState, OutputState, State

#: Runs are checkpointed once, when they end: the turn's unmoderated input and
#: any blocked draft live only in memory and never reach the database.
DURABILITY: Final = "exit"


def build_moderator(settings: GraphSettings, model: BaseChatModel) -> Moderator:
    """The moderation the settings ask for; the judge, when on, is the chat model
    with structured output."""
    # its verdicts are no part of the answer: hidden from `messages` stream mode
    judge = (
        model.with_structured_output(JudgeVerdict).with_config(HIDDEN)
        if settings.moderation_judge
        else None
    )
    return Moderator(
        input_policy=merged_policy(INPUT_POLICY, settings.input_policy),
        output_policy=merged_policy(OUTPUT_POLICY, settings.output_policy),
        holdback_chars=settings.stream_holdback_chars,
        optimistic_streaming=settings.stream_policy == "optimistic",
        audit=AuditLog(settings.audit_log_path),
        judge=judge,
        judge_output=settings.moderation_judge_output,
        judge_failure=settings.judge_failure_action,
    )


def provider_guard(settings: GraphSettings) -> ProviderGuard:
    """The model calls' idle timeout and circuit breaker, as the settings say."""
    return ProviderGuard(
        idle_timeout_s=settings.provider_idle_timeout_s,
        failures=settings.breaker_failures,
        cooldown_s=settings.breaker_cooldown_s,
    )


def build_graph(
    model: BaseChatModel,
    index: Retriever | None,
    settings: GraphSettings,
    provider: ProviderGuard | None = None,
) -> StateGraph[State, Context, InputState, OutputState]:
    """The graph builder, its nodes bound to this model and index (and the provider
    guard the service also consults, when it passes one)."""
    summarizer = model if settings.summarizes_history else None
    rewriter = model if settings.rewrite_follow_ups else None
    provider = provider or provider_guard(settings)
    nodes = ChatNodes(
        model,
        index,
        build_moderator(settings, model),
        summarizer,
        rewriter,
        provider=provider,
        window_s=settings.stream_window_ms / 1000,
        windows_per_s=settings.stream_windows_per_s,
        max_tokens=settings.max_new_tokens,
        max_temperature=settings.max_temperature,
    )
    builder = StateGraph(
        State, input_schema=InputState, output_schema=OutputState, context_schema=Context
    )
    builder.add_node("moderate_input", nodes.moderate_input)
    builder.add_node("retrieve", nodes.retrieve)
    builder.add_node(
        "generate",
        nodes.generate,
        retry_policy=RetryPolicy(
            max_attempts=settings.provider_retry_attempts,
            initial_interval=settings.provider_retry_initial_s,
            backoff_factor=2.0,
            jitter=True,
            retry_on=is_transient,
        ),
    )
    builder.add_node("moderate_output", nodes.moderate_output)
    builder.add_node("retry", nodes.retry)
    builder.add_node("refuse", nodes.refuse)

    builder.add_edge(START, "moderate_input")
    builder.add_conditional_edges("moderate_input", route_after_input)
    builder.add_edge("retrieve", "generate")
    builder.add_edge("generate", "moderate_output")
    builder.add_conditional_edges("moderate_output", route_after_output)
    builder.add_edge("retry", "generate")
    builder.add_edge("refuse", END)
    return builder
