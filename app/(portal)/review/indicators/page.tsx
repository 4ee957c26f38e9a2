import { ReviewRecordsPage, reviewRecordsMetadata, type SearchParams } from "@/app/(portal)/review/records-page";

export const generateMetadata = () => reviewRecordsMetadata("indicators");

export default function ReviewIndicatorsPage({ searchParams }: { searchParams: SearchParams }) {
  return <ReviewRecordsPage records="indicators" searchParams={searchParams} />;
}
