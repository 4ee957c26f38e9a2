import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/actions/sign-out";
import { Shell } from "@/components/shell";
import { LoginForm } from "@/app/login/login-form";
import { getActor } from "@/lib/auth/actor";
import { localPath, SESSION_ENDED } from "@/lib/auth/return-path";
import { ClientMessages } from "@/components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await getActor()) redirect("/");
  const [t, tDemo] = await Promise.all([getTranslations("login"), getTranslations("loginDemo")]);
  const params = await searchParams;
  const callbackUrl = localPath(params.callbackUrl);
  const sessionEnded = params[SESSION_ENDED.param] === SESSION_ENDED.value;
  return (
    <Shell actor={null} signOutAction={signOutAction}>
      <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mb-4 mt-1 text-slate-700">{t("intro")}</p>
        {sessionEnded ? (
          <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            {t("sessionEnded")}
          </p>
        ) : null}
        <ClientMessages namespaces={["login"]}>
          <LoginForm callbackUrl={callbackUrl} />
        </ClientMessages>
        {process.env.PORTAL_DEMO === "1" ? <p className="mt-6 text-xs text-slate-600">{tDemo("hint")}</p> : null}
      </div>
    </Shell>
  );
}
