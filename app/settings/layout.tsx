import type { ReactNode } from "react";
import { SettingsNav } from "@/app/settings/_components/settings-nav";

export default function SettingsLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-bold tracking-tight">Settings</h1>
      <SettingsNav />
      {children}
    </div>
  );
}
