"""The e2e tests use the integration tests' real server and fake provider."""

from tests.integration.conftest import fake, fake_openai, openai_env, server  # noqa: F401
