import { ReviewRecordsPage, reviewRecordsMetadata, type SearchParams } from "@/app/(portal)/review/records-page";

export const generateMetadata = () => reviewRecordsMetadata("spending");

export default function ReviewSpendingPage({ searchParams }: { searchParams: SearchParams }) {
  return <ReviewRecordsPage records="spending" searchParams={searchParams} />;
}
