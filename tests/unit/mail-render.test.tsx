import { Body, Button, Container, Head, Heading, Html, Preview, Text } from "@react-email/components";
import { render } from "@react-email/render";
import { describe, expect, it } from "vitest";
import { renderHtmlAndText } from "@/lib/mail/render";

/*
 * lib/mail/render.ts renders with react-dom's static markup instead of React
 * Email's streaming `render` (decision 0038). The document must be React
 * Email's own, less only React's hydration comments, and the plain text
 * exactly React Email's.
 */
function Message({ name, title, quantity }: { name: string; title: string; quantity: number }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{`Thank you, ${name}`}</Preview>
      <Body style={{ backgroundColor: "#f4f4f5" }}>
        <Container>
          <Heading as="h1">Thank you, {name}</Heading>
          <Text>
            {title} × {quantity}
          </Text>
          <Button data-skip-in-text={true} href={`http://acme.localhost/orders/1?token=${encodeURIComponent(name)}`}>
            View your order
          </Button>
        </Container>
      </Body>
    </Html>
  );
}

function Broken(): never {
  throw new Error("template bug");
}

describe("mail render", () => {
  const props = { name: `Ann <b>&"O'Neil"</b>`, title: "Mug & <cup>", quantity: 2 };

  it("gives React Email's document without React's hydration comments", async () => {
    const ours = await renderHtmlAndText(<Message {...props} />);
    const theirs = await render(<Message {...props} />);
    // React's markers (a Suspense boundary, text separators, the document's parts); Outlook's conditional comments stay.
    const hydration = /<!--(?:\$|\/\$| |\/?html|\/?head|\/?body)-->/g;
    expect(theirs).toMatch(hydration);
    expect(ours.html).not.toMatch(hydration);
    expect(ours.html).toContain("<!--[if mso]>");
    expect(ours.html).toBe(theirs.replace(hydration, ""));
    // Values are escaped as React escapes them.
    expect(ours.html).toContain("Ann &lt;b&gt;&amp;&quot;O&#x27;Neil&quot;&lt;/b&gt;");
  });

  it("gives React Email's plain text, byte for byte", async () => {
    const ours = await renderHtmlAndText(<Message {...props} />);
    expect(ours.text).toBe(await render(<Message {...props} />, { plainText: true }));
    expect(ours.text).toContain(`Mug & <cup> × 2`);
  });

  it("fails on a template that throws, rather than giving an empty document", async () => {
    await expect(
      renderHtmlAndText(
        <Html>
          <Body>
            <Broken />
          </Body>
        </Html>,
      ),
    ).rejects.toThrow("template bug");
  });
});
