import { ReviewRecordsPage, reviewRecordsMetadata, type SearchParams } from "@/app/(portal)/review/records-page";

export const generateMetadata = () => reviewRecordsMetadata("follow-ups");

export default function ReviewFollowUpsPage({ searchParams }: { searchParams: SearchParams }) {
  return <ReviewRecordsPage records="follow-ups" searchParams={searchParams} />;
}
