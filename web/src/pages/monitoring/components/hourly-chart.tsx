import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { formatTime } from '../../../lib/format';

// Only the parts the timeline uses, so the page does not carry all of ECharts.
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** Items per hour as bars, hours in Beijing time. */
export function HourlyChart({ data, label }: { data: { hour: string; count: number }[]; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption({
      grid: { left: 40, right: 16, top: 16, bottom: 48 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: data.map((d) => formatTime(d.hour).slice(5)), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: label, data: data.map((d) => d.count), itemStyle: { color: '#1677ff' } }],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [data, label]);
  return <div ref={ref} style={{ height: 240, width: '100%' }} data-testid="timeline-chart" data-points={data.length} />;
}
