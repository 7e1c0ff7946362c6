import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, Title3, Body1 } from "@fluentui/react-components";

// Placeholder until the task pane lands (issue: the Excel add-in); keeps the build and manifest honest.
function App() {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16 }}>
      <Title3>预算标尺</Title3>
      <Body1 as="p">按区级电子政务项目配置标准审核预算表。</Body1>
    </FluentProvider>
  );
}

createRoot(document.getElementById("root") as HTMLElement).render(<App />);
