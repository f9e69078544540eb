# The benchmark's reference: the same work as `npm run statements` done in pandas on the same files —
# read the GBK bank export (skipping the preamble, dropping the footer), total inflows and outflows,
# count distinct inflow counterparty accounts, the period, and match victims by paying account and
# amount within ten minutes. Prints one JSON line with the time of the work (import excluded) and figures.
import json, sys, time
import pandas as pd

statement, victims, skip = sys.argv[1], sys.argv[2], int(sys.argv[3])
t0 = time.perf_counter()
c0 = time.process_time()
df = pd.read_csv(statement, encoding='gbk', skiprows=skip, thousands=',',
                 dtype={'对方账号': str, '交易日期': str, '交易时间': str})
df = df[df['交易日期'].str.match(r'^\d{4}-\d{2}-\d{2}$', na=False)]
df['ts'] = pd.to_datetime(df['交易日期'] + ' ' + df['交易时间'], format='%Y-%m-%d %H:%M:%S')
cin = pd.to_numeric(df['贷方发生额'])
cout = pd.to_numeric(df['借方发生额'])
inflow = df[cin.notna() & (cin != 0)].copy()
inflow['fen'] = (cin[inflow.index] * 100).round().astype('int64')
inflow_total = int(inflow['fen'].sum())
outflow_total = int((cout.dropna() * 100).round().astype('int64').sum())
counterparties = int(inflow['对方账号'].dropna().nunique())
period = (df['ts'].min().strftime('%Y-%m-%d'), df['ts'].max().strftime('%Y-%m-%d'))
v = pd.read_csv(victims, encoding='gbk', dtype={'付款账号': str})
v['vts'] = pd.to_datetime(v['转账时间'], format='%Y-%m-%d %H:%M:%S')
v['fen'] = (v['金额'] * 100).round().astype('int64')
m = v.merge(inflow[['ts', 'fen', '对方账号']], left_on=['付款账号', 'fen'], right_on=['对方账号', 'fen'])
m = m[(m['ts'] - m['vts']).abs() <= pd.Timedelta(minutes=10)]
m['d'] = (m['ts'] - m['vts']).abs()
m = m.sort_values('d').drop_duplicates('被害人')
matched = int(len(m))
matched_fen = int(m['fen'].sum())
t1 = time.perf_counter()
c1 = time.process_time()
print(json.dumps({'ms': (t1 - t0) * 1000, 'cpuMs': (c1 - c0) * 1000, 'rows': int(len(df)), 'inflowFen': inflow_total, 'outflowFen': outflow_total,
                  'counterparties': counterparties, 'from': period[0], 'to': period[1], 'matched': matched, 'matchedFen': matched_fen}))
