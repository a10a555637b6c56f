"""Moderation, by concern: `rules` (pure detectors, policies, verdicts and the stream
guard), `injection` (the trained prompt-injection detector), `moderator` (the
Moderator that runs them, the model judge and the audit log). The names most callers
need are here too.
"""

from graph.moderation.moderator import (
    AuditLog,
    JudgeVerdict,
    Moderator,
    default_detector,
    merged_policy,
)
from graph.moderation.rules import (
    CATEGORIES,
    INPUT_POLICY,
    OUTPUT_POLICY,
    POLICY_NAMES,
    SEVERITY,
    Action,
    Finding,
    StreamGuard,
    Verdict,
    describe_policies,
    detect,
    moderate,
    normalize,
    with_policy_names,
)

__all__ = [
    "CATEGORIES",
    "INPUT_POLICY",
    "OUTPUT_POLICY",
    "POLICY_NAMES",
    "SEVERITY",
    "Action",
    "AuditLog",
    "Finding",
    "JudgeVerdict",
    "Moderator",
    "StreamGuard",
    "Verdict",
    "default_detector",
    "describe_policies",
    "detect",
    "merged_policy",
    "moderate",
    "normalize",
    "with_policy_names",
]
