"""In a real browser: type a message, press Enter, wait for the picture, undo; two sessions never mix.

Headless Chromium from Debian's `chromium` package, driven by Playwright (which cannot download its own browser
here). Screenshots are saved under test-artifacts/.
"""

from __future__ import annotations

import shutil

import pytest

from app_server import ROOT, running_app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None,
                       reason="no Chromium installed (Debian package `chromium`; .ci/run installs it)"),
]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]
PICTURE_TIMEOUT_MS = 120_000


@pytest.fixture(scope="module")
def app_url():
    with running_app() as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


def send(page, text: str) -> None:
    box = page.locator("textarea").first
    box.click()
    box.fill(text)
    box.press("Enter")


def bot_pictures(page):
    return page.locator(".message.bot img, [data-testid='bot'] img")


def test_type_enter_picture_undo(browser, app_url):
    page = browser.new_page(locale="en-US", viewport={"width": 1280, "height": 900})
    page.goto(app_url)
    send(page, "draw a big red circle at the top left on a gray background")
    bot_pictures(page).first.wait_for(state="visible", timeout=PICTURE_TIMEOUT_MS)
    send(page, "make it blue")
    page.wait_for_function(
        "() => document.querySelectorAll('.message.bot img, [data-testid=\"bot\"] img').length >= 2",
        timeout=PICTURE_TIMEOUT_MS,
    )
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "browser-two-turns.png"), full_page=True)
    page.get_by_role("button", name="↶ Undo").click()
    page.wait_for_function(
        "() => document.querySelectorAll('.message.bot img, [data-testid=\"bot\"] img').length === 1",
        timeout=30_000,
    )
    page.screenshot(path=str(ARTIFACTS / "browser-after-undo.png"), full_page=True)
    assert "make it blue" not in page.locator(".chatbot, [data-testid='chatbot']").first.inner_text()
    page.close()


def test_two_sessions_never_see_each_other(browser, app_url):
    first = browser.new_context(locale="en-US").new_page()
    second = browser.new_context(locale="zh-CN").new_page()
    first.goto(app_url)
    second.goto(app_url)
    send(first, "draw a small green triangle at the center on a white background")
    send(second, "画一个米色背景上右下角的小的紫色正方形")
    for page in (first, second):
        bot_pictures(page).first.wait_for(state="visible", timeout=PICTURE_TIMEOUT_MS)
    first_text = first.locator("body").inner_text()
    second_text = second.locator("body").inner_text()
    assert "green triangle" in first_text and "紫色" not in first_text
    assert "紫色" in second_text and "green triangle" not in second_text
    assert bot_pictures(first).count() == 1 and bot_pictures(second).count() == 1
    # The UI language follows the browser's.
    assert second.get_by_role("button", name="↶ 撤销").is_visible()
    assert first.get_by_role("button", name="↶ Undo").is_visible()
    second.screenshot(path=str(ARTIFACTS / "browser-second-session-zh.png"), full_page=True)
