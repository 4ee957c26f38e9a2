"use client";

import { useEffect } from "react";

/**
 * Scrolls the timeline's frame so that today's line is in view on arrival: the axis is wider than a
 * screen and today is usually near its end. Without JavaScript the frame starts at the left.
 */
export function ScrollToToday({ frameId, markerId }: { frameId: string; markerId: string }) {
  useEffect(() => {
    const frame = document.getElementById(frameId);
    const marker = document.getElementById(markerId);
    if (!frame || !marker) return;
    const frameBox = frame.getBoundingClientRect();
    const markerBox = marker.getBoundingClientRect();
    frame.scrollLeft += markerBox.left - frameBox.left - frame.clientWidth / 2;
  }, [frameId, markerId]);
  return null;
}
