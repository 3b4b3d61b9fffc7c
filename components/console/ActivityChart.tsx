"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

type Point = { hour: string; requests: number; checkouts: number };

const label = (iso: string) => `${iso.slice(11, 13)}:00`;

/** Requests and checkouts per hour (UTC), with the numbers also in a table for screen readers. */
export function ActivityChart({ data, title }: { data: Point[]; title: string }) {
  const total = data.reduce((t, p) => ({ requests: t.requests + p.requests, checkouts: t.checkouts + p.checkouts }), { requests: 0, checkouts: 0 });
  return (
    <figure className="rounded-lg border border-zinc-200 bg-white p-4">
      <figcaption className="text-sm font-semibold text-zinc-800">
        {title} <span className="font-normal text-zinc-600">— {total.requests.toLocaleString("en-US")} requests, {total.checkouts.toLocaleString("en-US")} checkouts in 24 h (UTC hours)</span>
      </figcaption>
      <div className="mt-3 h-56" aria-hidden>
        <ResponsiveContainer width="100%" height="100%">
          {/* No keyboard layer: the chart is hidden from assistive tech (the table below has the numbers), so nothing in it may take focus. */}
          <BarChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="hour" tickFormatter={label} fontSize={11} interval={2} />
            <YAxis yAxisId="r" allowDecimals={false} fontSize={11} />
            <YAxis yAxisId="c" orientation="right" allowDecimals={false} fontSize={11} />
            <Tooltip labelFormatter={(v) => label(String(v))} />
            <Legend />
            <Bar yAxisId="r" dataKey="requests" name="Requests" fill="#6366f1" />
            <Bar yAxisId="c" dataKey="checkouts" name="Checkouts" fill="#16a34a" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>{title} per hour</caption>
        <thead><tr><th>Hour (UTC)</th><th>Requests</th><th>Checkouts</th></tr></thead>
        <tbody>
          {data.map((p) => (
            <tr key={p.hour}><td>{label(p.hour)}</td><td>{p.requests}</td><td>{p.checkouts}</td></tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
