import type { ComponentChildren } from 'preact';

export interface OptionsLayoutProps {
  sections: { id: string; title: string }[];
  activeId: string;
  children?: ComponentChildren;
}

/**
 * The options page frame: a banner with the section menu (plain hash links), and the active
 * section as the page's one main landmark, named by its heading.
 */
export function OptionsLayout({ sections, activeId, children }: OptionsLayoutProps) {
  const active = sections.find((section) => section.id === activeId);
  return (
    <div class="mpc-options">
      <header>
        <h1>MSP Portal Companion settings</h1>
        <nav class="mpc-options__nav" aria-label="Settings sections">
          {sections.map((section) => (
            <a
              key={section.id}
              href={`#${section.id}`}
              aria-current={section.id === activeId ? 'page' : undefined}
              class="mpc-options__nav-link"
            >
              {section.title}
            </a>
          ))}
        </nav>
      </header>
      <main aria-labelledby="mpc-section-title" class="mpc-options__section">
        <h2 id="mpc-section-title">{active?.title}</h2>
        {children}
      </main>
    </div>
  );
}
