"""Articles and feeds written for the watch tests (our own sentences; the outlets are made up), and ways to
serve them as RSS 2.0 and Atom 1.0."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from tests.helpers.articles import html_page


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    body: str
    published: str  # ISO day

    def page(self, site: str = "Orontes Wire") -> bytes:
        return html_page(self.title, self.body, site=site, published=self.published).encode("utf-8")


STORIES = [
    Story("envoy-arrives", "Envoy arrives for second round",
          "A Russian envoy landed in Damascus on Monday for a second round of talks with the interim government.\n\n"
          "Aides on both sides said the discussions would cover grain deliveries and the status of the port at "
          "Tartus.", "2025-02-03"),
    Story("grain-deal", "Grain shipments to resume",
          "Moscow agreed on Tuesday to resume wheat shipments to Syria after a pause of several months.\n\n"
          "The first vessel is expected at Latakia within three weeks, according to a trade official in Damascus.",
          "2025-02-04"),
    Story("base-lease", "Lease of coastal base under review",
          "Syrian officials said on Wednesday that the lease of the naval facility at Tartus would be reviewed.\n\n"
          "A committee of lawyers will report to the foreign ministry before the summer, one official added.",
          "2025-02-05"),
    Story("debt-talks", "Debt talks open in Moscow",
          "Syria's finance minister opened talks in Moscow on Thursday about debts owed from the war years.\n\n"
          "Russian negotiators asked for guarantees, while the Syrian side sought a partial write-off.",
          "2025-02-06"),
    Story("aid-convoy", "Aid convoy crosses into Idlib",
          "A convoy of forty trucks carrying flour and medicine crossed into Idlib province on Friday.\n\n"
          "Relief workers said the shipment was paid for by donors in the Gulf and would last about a month.",
          "2025-02-07"),
    Story("minister-visit", "Foreign minister visits Ankara",
          "Syria's foreign minister travelled to Ankara on Saturday for talks with his Turkish counterpart.\n\n"
          "The two men discussed border crossings and the return of refugees, a joint statement said.",
          "2025-02-08"),
    Story("late-report", "Airport reopens to foreign carriers",
          "Damascus airport reopened to foreign airlines on Sunday after repairs to its main runway.\n\n"
          "Two carriers from the region announced weekly flights starting next month, officials said.",
          "2025-02-09"),
]


@dataclass(frozen=True)
class Item:
    key: str  # guid / id
    title: str
    link: str | None
    published: str = "Mon, 03 Feb 2025 09:00:00 GMT"
    content: str | None = None  # full text carried by the feed itself


def rss(title: str, items: list[Item]) -> bytes:
    entries = "".join(
        "<item>"
        f"<title>{escape(i.title)}</title>"
        + (f"<link>{escape(i.link)}</link>" if i.link else "")
        + f"<guid isPermaLink='false'>{escape(i.key)}</guid><pubDate>{i.published}</pubDate>"
        + (f"<content:encoded><![CDATA[{i.content}]]></content:encoded>" if i.content else "")
        + "</item>" for i in reversed(items))  # newest first, as feeds list them
    return ("<?xml version='1.0' encoding='utf-8'?>"
            "<rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>"
            f"<title>{escape(title)}</title><link>http://example.invalid/</link><description>test feed</description>"
            f"{entries}</channel></rss>").encode()


def atom(title: str, items: list[Item]) -> bytes:
    entries = "".join(
        "<entry>"
        f"<id>{escape(i.key)}</id><title>{escape(i.title)}</title><updated>2025-02-05T10:00:00Z</updated>"
        + (f"<link rel='alternate' href='{escape(i.link)}'/>" if i.link else "")
        + (f"<content type='html'>{escape(i.content)}</content>" if i.content else "")
        + "</entry>" for i in reversed(items))
    return ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>{escape(title)}</title><id>urn:test:{escape(title)}</id><updated>2025-02-05T10:00:00Z</updated>"
            f"{entries}</feed>").encode()
