import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import {
  createUserAction,
  resetUserPasswordAction,
  setUserDisabledAction,
  signOutEverywhereAction,
  updateUserRoleAction,
} from "@/app/(portal)/admin/users/actions";
import { NewUserForm, UserActions } from "@/components/admin-users";
import { DateTimeText } from "@/components/dates";
import { PageHeader } from "@/components/page-header";
import { Section } from "@/components/ui/section";
import { HeadRow, Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { listBindableStates, listUsers } from "@/lib/data/users/reads";
import { nameOf } from "@/lib/i18n/localized";
import { ClientMessages } from "@/components/client-messages";
import { LazyDetails } from "@/components/ui/lazy-details";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

const ACCOUNT_ACTIONS = {
  updateRoleAction: updateUserRoleAction,
  setDisabledAction: setUserDisabledAction,
  resetPasswordAction: resetUserPasswordAction,
  signOutEverywhereAction,
};

// Administrators only: anyone else gets the 404 page, as if there were no such page.
export default async function AdminUsersPage() {
  const actor = await requireActor();
  if (!can(actor, "user:manage")) notFound();
  const [users, states, t, tr, locale] = await Promise.all([
    listUsers(actor),
    listBindableStates(actor),
    getTranslations("admin.users"),
    getTranslations("roles"),
    getLocale(),
  ]);
  return (
    <ClientMessages namespaces={["admin.users", "roles"]}>
      <PageHeader title={t("title")} intro={t("intro")} />
      <Section title={t("listTitle")}>
        <p className="mb-2 text-sm text-slate-700">{t("count", { count: users.length })}</p>
        <Table density="boxed" className="min-w-full text-sm">
          <HeadRow>
            <Th>{t("columns.name")}</Th>
            <Th>{t("columns.email")}</Th>
            <Th>{t("columns.role")}</Th>
            <Th>{t("columns.state")}</Th>
            <Th>{t("columns.status")}</Th>
            <Th>{t("columns.lastSignIn")}</Th>
          </HeadRow>
          {users.map((user) => (
            <tbody key={user.id} className="border-b border-slate-200" data-testid={`user-${user.email}`}>
              <tr className="border-b-0">
                <Th row className="text-slate-900">
                  {user.name} {user.id === actor.id ? <span className="font-normal text-slate-600">{t("you")}</span> : null}
                </Th>
                <Td>{user.email}</Td>
                <Td>{tr(user.role)}</Td>
                <Td>{user.state ? nameOf(locale, user.state) : t("noState")}</Td>
                <Td>
                  {user.disabled ? <span className="rounded bg-rose-100 px-2 py-0.5 text-rose-900">{t("disabled")}</span> : t("active")}
                </Td>
                <Td>{user.lastSignInAt ? <DateTimeText value={user.lastSignInAt} /> : t("never")}</Td>
              </tr>
              <tr className="border-b-0">
                <td colSpan={6} className="px-3 pt-0 pb-3">
                  <LazyDetails
                    summary={
                      <summary
                        className="cursor-pointer text-sm text-brand-700 underline"
                        aria-label={t("manageLabel", { name: user.name })}
                      >
                        {t("manage")}
                      </summary>
                    }
                  >
                    <div className="mt-3 rounded border border-slate-200 bg-slate-50 p-3">
                      <UserActions
                        user={{
                          id: user.id,
                          name: user.name,
                          role: user.role,
                          stateCode: user.stateCode,
                          disabled: user.disabled,
                          version: user.version,
                        }}
                        states={states}
                        isSelf={user.id === actor.id}
                        actions={ACCOUNT_ACTIONS}
                      />
                    </div>
                  </LazyDetails>
                </td>
              </tr>
            </tbody>
          ))}
        </Table>
      </Section>
      <Section title={t("newTitle")}>
        <p className="mb-4 max-w-3xl text-sm text-slate-700">{t("newIntro")}</p>
        <NewUserForm states={states} createAction={createUserAction} />
      </Section>
    </ClientMessages>
  );
}
